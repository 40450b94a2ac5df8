package org.ipcconformance.adapter.natives.agent;

import java.util.Map;

/**
 * The agent's operations. Their codes are not written here: each constant takes the code of the
 * AGENT_OP row of the same name in agent-ops.def, the table the C agent is built from, read from
 * this jar when the class is first used. A constant without a row, or a row without a constant,
 * stops that first use with an error naming it (AgentWireTest checks the same on every build).
 * Adding an operation: a row in agent-ops.def, its C handler, a constant here and its caller.
 */
public enum Op {
    // the core (ipc-agent.c)
    WRITE, WRITE_REPEAT, READ, CLOSE, SETNB, PIPESZ, OPEN, STAT, LIST, UNLINK, MKFIFO, ALLOC, POKE,
    PEEK, WRITEFROM, GETGLOBAL, SETGLOBAL, GLOBALADDR, EXIT, PIPE,
    // signals (agent-signals.c)
    SIG_LOG, SIG_HANDLE, SIG_IGNORE, SIG_RESET, SIG_BLOCK, SIG_UNBLOCK, SIG_KILL, SIG_QUEUE,
    SIG_ABORT, SIG_SEGV, SIG_SPIN, SIG_TTY, SIG_SETS,
    // message queues (agent-mq.c)
    MSGGET, MSG_QBYTES, MSGSND, MSGRCV, MSG_STAT, MSG_RMID, MQ_OPEN, MQ_SEND, MQ_RECEIVE, MQ_ATTR,
    MQ_UNLINK, MQ_CLOSE,
    // shared memory and semaphores (agent-ipc.c)
    SHMGET, SHMAT, SHMDT, SHMSTAT, SHMRMID, SHMOPEN, FTRUNCATE, MMAP, MUNMAP, SHMUNLINK, FSTAT,
    LOAD, STORE, AWAIT, INC_RACY, INC_SYSV, INC_POSIX, SEMGET, SEMOP, GETVAL, SEMRMID, SEMOPEN,
    SEMPOST, SEMWAIT, SEMTRYWAIT, SEMGETVALUE, SEMCLOSE, SEMUNLINK, CLOSEFD,
    // sockets (agent-sockets.c)
    SOCKET, BIND, LISTEN, ACCEPT, CONNECT, SEND, SENDTO, RECV, RECVFROM, SETSOCKOPT, GETSOCKOPT,
    SHUTDOWN, SEND_PATTERN, RECV_PATTERN, SEND_NUMBERED, RECV_NUMBERED, PRIVILEGED,
    // issue 13: signals and process boundaries (agent-signals.c)
    SIG_HANDLE_WITH, SIG_QUEUE_LIMIT, SIG_PROCMASK, SIG_SELF, SIG_ACTION, SIG_SUSPEND,
    // issue 14: timed waits (agent-mq.c, agent-ipc.c)
    MQ_TIMEDRECEIVE, MQ_TIMEDSEND, SEM_TIMEDWAIT, SEMTIMEDOP,
    // issue 15: readiness (agent-poll.c), socket pairs (agent-sockets.c)
    POLL, SOCKETPAIR,
    // measured loops (agent-workload.c)
    WORKLOAD;

    private static final Map<Op, Integer> CODES = WireTable.definition().bind(WireTable.OP, Op.class);

    /** The opcode byte of a request (1 to 255, as agent-ops.def allows). */
    public int code() {
        return CODES.get(this);
    }
}
