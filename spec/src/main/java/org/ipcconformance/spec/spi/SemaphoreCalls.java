package org.ipcconformance.spec.spi;

import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.ObjectName;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

import java.util.List;

import org.apiguardian.api.API;

/**
 * Semaphores of one family, operated by one process ({@link Facet#semaphores}). Named like queues
 * (see {@link MessageQueueCalls}), created 0600, removed when the sandbox closes if the spec did
 * not remove them. A System V handle is a set of {@code count} semaphores; a POSIX one is a single
 * semaphore (index 0).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SemaphoreCalls {

    IpcFamily family();

    ObjectName nameOf(String name);

    /**
     * Creates a new semaphore (set) with every member at {@code initial}: semget IPC_CREAT|IPC_EXCL
     * plus semctl SETALL / sem_open O_CREAT|O_EXCL. POSIX accepts only {@code count} 1.
     */
    Handle create(String name, int count, int initial);

    /** Opens an existing one; NO_SUCH_FILE when there is none. */
    Handle open(String name);

    /** Adds one to semaphore 0: sem_post / semop +1. */
    void post(Handle semaphore);

    /** Takes one from semaphore 0, waiting while it is 0: sem_wait / semop -1. */
    void await(Handle semaphore);

    /** Takes one without waiting: sem_trywait / semop -1 with IPC_NOWAIT; WOULD_BLOCK at 0. */
    void tryAwait(Handle semaphore);

    /**
     * Takes one from semaphore 0, waiting at most until {@code deadline}; the failure is in the
     * outcome. POSIX: sem_timedwait, the deadline absolute on CLOCK_REALTIME, TIMED_OUT when it
     * passes. System V: Linux semtimedop of -1, whose timeout is an interval: only a relative
     * deadline, the outcome's times on CLOCK_MONOTONIC, WOULD_BLOCK (EAGAIN) when it expires.
     */
    Timed<Void> timedAwait(Handle semaphore, Deadline deadline);

    /** The value of member {@code index}: sem_getvalue / semctl GETVAL. */
    int value(Handle semaphore, int index);

    /**
     * System V only: one semop applying all {@code ops} at once or none of them; waits while any
     * would go below zero unless {@code nonBlocking} (IPC_NOWAIT, then WOULD_BLOCK).
     */
    void operate(Handle semaphore, List<SemaphoreOp> ops, boolean nonBlocking);

    /** semctl IPC_RMID / sem_unlink. */
    void remove(Handle semaphore);

    /** sem_close; nothing for System V. */
    void close(Handle semaphore);
}
