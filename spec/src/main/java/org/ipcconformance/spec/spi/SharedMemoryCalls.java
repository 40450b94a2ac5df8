package org.ipcconformance.spec.spi;

import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.ObjectName;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;


import org.apiguardian.api.API;

/**
 * Shared memory of one family, operated by one process ({@link Facet#sharedMemory}). Segments are
 * named like queues (see {@link MessageQueueCalls}), created 0600, and removed when the sandbox
 * closes if the spec did not remove them. {@link #load}, {@link #store} and {@link #awaitValue}
 * are plain memory accesses in the process: no system call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SharedMemoryCalls {

    IpcFamily family();

    ObjectName nameOf(String name);

    /** Creates a new segment of {@code size} zero bytes (shmget IPC_CREAT|IPC_EXCL / shm_open O_CREAT|O_EXCL + ftruncate). */
    Handle create(String name, int size);

    /** Opens an existing segment; NO_SUCH_FILE when there is none (or it was removed). */
    Handle open(String name);

    /** Maps the segment into this process (shmat / mmap MAP_SHARED). */
    Mapping attach(Handle segment);

    /** shmdt / munmap. */
    void detach(Mapping mapping);

    /** shmctl IPC_STAT / fstat. */
    SegmentStatus status(Handle segment);

    /** shmctl IPC_RMID / shm_unlink. */
    void remove(Handle segment);

    /** Closes this process's descriptor (POSIX); nothing for System V. */
    void close(Handle segment);

    /** Reads bytes of the mapping with plain loads. */
    byte[] load(Mapping mapping, int offset, int length);

    /** Writes bytes into the mapping with plain stores. */
    void store(Mapping mapping, int offset, byte[] data);

    /**
     * Polls the 64-bit word at {@code offset} with plain loads, no system call in the loop, until
     * it equals {@code expected}; returns how many polls it took. After each load that does not
     * match, it stores the number of polls so far into the 64-bit word at {@code offset + 8}
     * (a plain store too): another process can see from it that the poller is in its loop.
     */
    long awaitValue(Mapping mapping, int offset, long expected);

    /**
     * Adds one to the 64-bit counter at {@code offset}, {@code times} times, as a plain
     * load-then-store with no synchronisation (the race the property is about); each round yields
     * the processor between the load and the store so that a race can show on one core too.
     */
    void incrementUnsynchronized(Mapping mapping, int offset, int times);

    /**
     * The same increments, each inside wait/post of {@code semaphore} (of this family, index 0),
     * which must have been created with value 1.
     */
    void incrementGuarded(Mapping mapping, int offset, int times, Handle semaphore);
}
