package org.ipcconformance.adapter.natives.ipc;

import java.util.List;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/**
 * The primitives of one process, each one call (or, for the memory operations, plain loads and
 * stores inside that process). {@code what} describes the call for errors; failures are
 * IpcExceptions with the errno. Addresses and POSIX semaphores are the process's own values.
 */
interface IpcCalls {

    int shmget(String what, int key, long size, boolean create);

    long shmat(String what, int id);

    void shmdt(String what, long address);

    SegmentStatus shmStat(String what, int id);

    void shmRemove(String what, int id);

    int shmOpen(String what, String name, boolean create);

    void ftruncate(String what, int fd, long size);

    long mmap(String what, int fd, long size);

    void munmap(String what, long address, long size);

    void shmUnlink(String what, String name);

    /** fstat of a shm_open descriptor: size and permission bits. */
    SegmentStatus fstat(String what, int fd);

    void closeFd(String what, int fd);

    byte[] load(String what, long address, int offset, int length);

    void store(String what, long address, int offset, byte[] data);

    long awaitValue(String what, long address, int offset, long expected);

    void incrementUnsynchronized(String what, long address, int offset, int times);

    void incrementGuardedSysv(String what, long address, int offset, int times, int semid);

    void incrementGuardedPosix(String what, long address, int offset, int times, long semaphore);

    int semget(String what, int key, int count, boolean create, int initial);

    void semop(String what, int id, List<SemaphoreOp> ops, boolean nonBlocking);

    int getval(String what, int id, int index);

    void semRemove(String what, int id);

    long semOpen(String what, String name, boolean create, int initial);

    void semPost(String what, long semaphore);

    void semWait(String what, long semaphore);

    void semTryWait(String what, long semaphore);

    int semGetValue(String what, long semaphore);

    void semClose(String what, long semaphore);

    void semUnlink(String what, String name);

    /** sem_timedwait, its deadline on CLOCK_REALTIME; the call's failure is in the outcome. */
    Timed<Void> semTimedWait(String what, long semaphore, Deadline deadline);

    /** Linux semtimedop: {@code timeout} is relative (an interval); the outcome's times are CLOCK_MONOTONIC. */
    Timed<Void> semTimedop(String what, int id, List<SemaphoreOp> ops, Deadline timeout);
}
