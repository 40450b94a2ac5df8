package org.ipcconformance.suites.engine;

/**
 * The two kinds of pipe a pipe property runs on, as gVisor runs its pipe tests over anonymous and
 * named pipes: a pipe made by pipe(2), and a FIFO made by mkfifo(3) whose two ends self opens by
 * name. Both are the same kernel object (Linux's pipe_inode_info), so a rule about the buffer,
 * end-of-file or SIGPIPE holds for both.
 */
public enum PipeKind {
    ANONYMOUS("pipe"),
    FIFO("FIFO");

    private final String title;

    PipeKind(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
