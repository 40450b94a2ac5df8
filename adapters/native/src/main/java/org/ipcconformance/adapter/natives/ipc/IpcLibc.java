package org.ipcconformance.adapter.natives.ipc;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The shared memory and semaphore calls of the harness JVM, bound by JNA direct mapping. Each
 * returns -1 (or MAP_FAILED / SEM_FAILED) and leaves errno, as in C. The variadic ones (semctl,
 * sem_open) are bound with their widest argument list, which LP64 calling conventions accept.
 */
final class IpcLibc {
    static {
        Native.register(IpcLibc.class, Platform.C_LIBRARY_NAME);
    }

    static final int IPC_CREAT = 01000;
    static final int IPC_EXCL = 02000;
    static final int IPC_NOWAIT = 04000;
    static final int SEM_UNDO = 0x1000;
    static final int IPC_RMID = 0;
    static final int IPC_STAT = 2;
    static final int GETVAL = 12;
    static final int SETALL = 17;
    static final int SHM_DEST = 01000;
    static final int PROT_READ_WRITE = 3;
    static final int MAP_SHARED = 1;
    static final int AT_EMPTY_PATH = 0x1000;
    /** struct shmid_ds on LP64 Linux: shm_perm.mode, shm_segsz, shm_nattch. */
    static final int SHMID_DS_SIZE = 112;
    static final int SHM_MODE_OFFSET = 20;
    static final int SHM_SEGSZ_OFFSET = 48;
    static final int SHM_NATTCH_OFFSET = 88;
    static final int SEMBUF_SIZE = 6;

    private IpcLibc() {
    }

    static native int shmget(int key, long size, int flags);

    static native Pointer shmat(int id, Pointer address, int flags);

    static native int shmdt(Pointer address);

    static native int shmctl(int id, int cmd, Pointer buf);

    static native int shm_open(String name, int flags, int mode);

    static native int shm_unlink(String name);

    static native int ftruncate(int fd, long length);

    static native Pointer mmap(Pointer address, long length, int prot, int flags, int fd, long offset);

    static native int munmap(Pointer address, long length);

    static native int close(int fd);

    static native int sched_yield();

    static native int semget(int key, int count, int flags);

    static native int semop(int id, Pointer ops, long count);

    /** The fourth argument is union semun: an int or a pointer, passed like a long. */
    static native int semctl(int id, int index, int cmd, long arg);

    static native Pointer sem_open(String name, int flags, int mode, int value);

    static native int sem_post(Pointer sem);

    static native int sem_wait(Pointer sem);

    static native int sem_trywait(Pointer sem);

    static native int sem_getvalue(Pointer sem, int[] value);

    static native int sem_close(Pointer sem);

    static native int sem_unlink(String name);

    static native int sem_timedwait(Pointer sem, Pointer absTimeout);

    static native int semtimedop(int id, Pointer ops, long count, Pointer timeout);

    /** MAP_FAILED, (void *) -1 from shmat, and SEM_FAILED (NULL in glibc). */
    static boolean failed(Pointer p) {
        return p == null || Pointer.nativeValue(p) == -1L;
    }
}
