package org.ipcconformance.adapter.natives.mq;

import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.Timed;

/**
 * The message-queue primitives as one process makes them: the harness JVM through JNA
 * ({@link SelfPrimitives}) or an agent over its control socket ({@link AgentPrimitives}). Each
 * is one call of the primitive, except that a POSIX send or receive asked not to block sets
 * O_NONBLOCK on the descriptor around the call (mq_setattr), as POSIX has no per-call flag.
 * Failures are IpcExceptions carrying the errno; {@code what} names the call for messages.
 */
interface MqPrimitives {

    /** msgrcv options, one bit each (the agent's wire uses the same bits). */
    int NO_WAIT = 1;
    int EXCEPT = 2;
    int NO_ERROR = 4;

    /** msgget(2): with {@code create}, IPC_CREAT | IPC_EXCL | 0600; returns the queue id. */
    int msgget(int key, boolean create, String what);

    /** IPC_STAT then IPC_SET of msg_qbytes. */
    void setQueueBytes(int id, long bytes, String what);

    void msgsnd(int id, long type, byte[] body, boolean noWait, String what);

    /** {@code options}: {@link #NO_WAIT}, {@link #EXCEPT}, {@link #NO_ERROR}. */
    Message msgrcv(int id, int maxSize, long type, int options, String what);

    /** IPC_STAT: msg_qnum, msg_qbytes and the mode's permission bits. */
    long[] msgStat(int id, String what);

    /** msgctl IPC_RMID. */
    void msgRemove(int id, String what);

    /**
     * mq_open for reading and writing; with {@code create}, O_CREAT | O_EXCL and mode 0600, and
     * {@code maxMessages} and {@code maxSize} both 0 for the default attributes.
     */
    int mqOpen(String name, boolean create, long maxMessages, long maxSize, String what);

    void mqSend(int mqd, int priority, byte[] body, boolean nonBlocking, String what);

    Message mqReceive(int mqd, int maxSize, boolean nonBlocking, String what);

    /** mq_getattr and fstat: mq_maxmsg, mq_msgsize, mq_curmsgs and the permission bits. */
    long[] mqAttributes(int mqd, String what);

    /**
     * mq_timedreceive: the deadline made absolute on CLOCK_REALTIME read just before the call,
     * and the clock read again just after; a failure of the call is in the outcome.
     */
    Timed<Message> mqTimedReceive(int mqd, int maxSize, Deadline deadline, String what);

    /** mq_timedsend, as {@link #mqTimedReceive}. */
    Timed<Void> mqTimedSend(int mqd, int priority, byte[] body, Deadline deadline, String what);

    void mqUnlink(String name, String what);

    void mqClose(int mqd, String what);
}
