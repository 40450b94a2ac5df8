package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * A queue as the kernel reports it (msgctl IPC_STAT / mq_getattr).
 *
 * @param messages       messages queued now (msg_qnum / mq_curmsgs)
 * @param maxMessages    POSIX mq_maxmsg, -1 for System V
 * @param maxMessageSize POSIX mq_msgsize, System V msgmax
 * @param maxBytes       System V msg_qbytes, -1 for POSIX
 * @param permissions    the mode's permission bits, e.g. 0600
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record QueueStatus(long messages, long maxMessages, long maxMessageSize, long maxBytes, int permissions) {
}
