package org.ipcconformance.adapter.natives.agent;

/** The requests the agent understands; the codes match the enum at the top of ipc-agent.c. */
enum Op {
    WRITE(1),
    WRITE_REPEAT(2),
    READ(3),
    CLOSE(4),
    SETNB(5),
    PIPESZ(6),
    OPEN(7),
    STAT(8),
    LIST(9),
    UNLINK(10),
    MKFIFO(11),
    ALLOC(12),
    POKE(13),
    PEEK(14),
    WRITEFROM(15),
    GETGLOBAL(16),
    SETGLOBAL(17),
    GLOBALADDR(18),
    EXIT(19),
    PIPE(20);

    final byte code;

    Op(int code) {
        this.code = (byte) code;
    }
}
