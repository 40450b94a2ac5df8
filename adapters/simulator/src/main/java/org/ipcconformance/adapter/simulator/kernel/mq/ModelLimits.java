package org.ipcconformance.adapter.simulator.kernel.mq;

/** The model's message-queue limits: Linux's defaults for an unprivileged process. */
final class ModelLimits {
    /** System V: the largest message (msgmax) and a queue's default and largest msg_qbytes (msgmnb). */
    static final int MSGMAX = 8192;
    static final int MSGMNB = 16384;
    /** POSIX: /proc/sys/fs/mqueue msg_default, msgsize_default, msg_max, msgsize_max; MQ_PRIO_MAX. */
    static final int MQ_MSG_DEFAULT = 10;
    static final int MQ_MSGSIZE_DEFAULT = 8192;
    static final int MQ_MSG_MAX = 10;
    static final int MQ_MSGSIZE_MAX = 8192;
    static final long MQ_PRIO_MAX = 32768;
    /** mq-unbounded: what keeps the faulty model's memory finite. */
    static final long UNBOUNDED_GUARD_BYTES = 4L << 20;

    private ModelLimits() {
    }
}
