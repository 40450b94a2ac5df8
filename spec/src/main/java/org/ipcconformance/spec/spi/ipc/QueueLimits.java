package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * Limits asked for at creation. POSIX sets both at mq_open (mq_maxmsg, mq_msgsize); System V
 * limits the bytes a queue holds (msg_qbytes, set with IPC_SET after msgget) and the size of
 * one message system-wide (msgmax).
 *
 * @param maxMessages POSIX mq_maxmsg; 0 for the system's default
 * @param maxMessageSize POSIX mq_msgsize; 0 for the system's default
 * @param maxBytes System V msg_qbytes; 0 for the system's default (msgmnb)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record QueueLimits(int maxMessages, int maxMessageSize, int maxBytes) {
    public static final QueueLimits DEFAULT = new QueueLimits(0, 0, 0);
}
