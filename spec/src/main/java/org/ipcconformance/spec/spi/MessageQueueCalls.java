package org.ipcconformance.spec.spi;

import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.ObjectName;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.QueueStatus;
import org.ipcconformance.spec.spi.ipc.Receive;


import org.apiguardian.api.API;

/**
 * Message queues of one family, operated by one process ({@link Facet#messageQueues}). Each call
 * is one call of the primitive in that process. A queue is named by the spec ({@code "jobs"})
 * and the adapter maps the name to a run-scoped key or POSIX name, the same in every process of
 * the sandbox, so that an unrelated process finds the queue by name alone. Queues are created
 * with mode 0600 and are removed when the sandbox closes if the spec did not remove them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface MessageQueueCalls {

    IpcFamily family();

    /** How the adapter names {@code name} in the kernel. */
    ObjectName nameOf(String name);

    /**
     * Creates a new queue, failing with ALREADY_EXISTS when it exists (msgget with
     * IPC_CREAT|IPC_EXCL, then IPC_SET of msg_qbytes when asked / mq_open with O_CREAT|O_EXCL).
     * Returns this process's handle on it.
     */
    Handle create(String name, QueueLimits limits);

    /** Opens an existing queue (msgget(key, 0) / mq_open without O_CREAT); NO_SUCH_FILE when there is none. */
    Handle open(String name);

    /** One msgsnd / mq_send; {@code nonBlocking} is IPC_NOWAIT / O_NONBLOCK (a full queue gives WOULD_BLOCK). */
    void send(Handle queue, Message message, boolean nonBlocking);

    /** One msgrcv / mq_receive. */
    Message receive(Handle queue, Receive how);

    /**
     * POSIX only: one mq_timedreceive with a buffer of {@code maxSize} bytes, waiting at most until
     * {@code deadline} on CLOCK_REALTIME. Its failure (TIMED_OUT for ETIMEDOUT) is in the outcome,
     * not thrown, so that the times come back with it. System V has no timed receive: its
     * implementations throw a HarnessException.
     */
    Timed<Message> timedReceive(Handle queue, int maxSize, Deadline deadline);

    /** POSIX only: one mq_timedsend, waiting for room at most until {@code deadline}; as {@link #timedReceive}. */
    Timed<Void> timedSend(Handle queue, Message message, Deadline deadline);

    /** msgctl IPC_STAT / mq_getattr. */
    QueueStatus status(Handle queue);

    /** Removes the queue (msgctl IPC_RMID on this handle's id / mq_unlink of its name). */
    void remove(Handle queue);

    /** Closes this process's descriptor (mq_close); nothing to do for System V, whose ids are global. */
    void close(Handle queue);
}
