package org.ipcconformance.adapter.natives.ipc;

import static org.ipcconformance.adapter.natives.ipc.IpcLibc.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.List;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.LinuxExtras;
import org.ipcconformance.adapter.natives.libc.TimedCalls;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/**
 * The primitives made by the harness JVM itself through JNA. Memory operations read and write
 * the mapping through a native pointer (no system call); the loops among them stop when the
 * sandbox closes ({@link MemoryUse}), so that nothing touches a mapping after it is gone.
 */
final class SelfIpcCalls implements IpcCalls {
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_CLOEXEC = 02000000;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int STATX_MODE_OFFSET = 28;
    private static final int STATX_SIZE_OFFSET = 40;

    private final MemoryUse memory;

    SelfIpcCalls(MemoryUse memory) {
        this.memory = memory;
    }

    private static RuntimeException failure(String what) {
        return Errno.lastFailure(what);
    }

    private static void check(int rc, String what) {
        if (rc < 0) {
            throw failure(what);
        }
    }

    @Override
    public int shmget(String what, int key, long size, boolean create) {
        int id = IpcLibc.shmget(key, create ? size : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
        check(id, what);
        return id;
    }

    @Override
    public long shmat(String what, int id) {
        Pointer p = IpcLibc.shmat(id, null, 0);
        if (failed(p)) {
            throw failure(what);
        }
        return Pointer.nativeValue(p);
    }

    @Override
    public void shmdt(String what, long address) {
        check(IpcLibc.shmdt(new Pointer(address)), what);
    }

    @Override
    public SegmentStatus shmStat(String what, int id) {
        try (Memory ds = new Memory(SHMID_DS_SIZE)) {
            ds.clear();
            check(IpcLibc.shmctl(id, IPC_STAT, ds), what);
            int mode = ds.getInt(SHM_MODE_OFFSET) & 0xffff;
            return new SegmentStatus(ds.getLong(SHM_SEGSZ_OFFSET), ds.getLong(SHM_NATTCH_OFFSET), (mode & SHM_DEST) != 0,
                    mode & 0777);
        }
    }

    @Override
    public void shmRemove(String what, int id) {
        check(IpcLibc.shmctl(id, IPC_RMID, null), what);
    }

    @Override
    public int shmOpen(String what, String name, boolean create) {
        int fd = IpcLibc.shm_open(name, O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0), 0600);
        check(fd, what);
        return fd;
    }

    @Override
    public void ftruncate(String what, int fd, long size) {
        check(IpcLibc.ftruncate(fd, size), what);
    }

    @Override
    public long mmap(String what, int fd, long size) {
        Pointer p = IpcLibc.mmap(null, size, PROT_READ_WRITE, MAP_SHARED, fd, 0);
        if (failed(p)) {
            throw failure(what);
        }
        return Pointer.nativeValue(p);
    }

    @Override
    public void munmap(String what, long address, long size) {
        check(IpcLibc.munmap(new Pointer(address), size), what);
    }

    @Override
    public void shmUnlink(String what, String name) {
        check(IpcLibc.shm_unlink(name), what);
    }

    /** statx with AT_EMPTY_PATH is fstat with a layout that is the same on every architecture. */
    @Override
    public SegmentStatus fstat(String what, int fd) {
        if (!LinuxExtras.AVAILABLE) {
            throw new HarnessException(what + ": statx is missing from this libc: " + LinuxExtras.UNAVAILABLE_REASON);
        }
        try (Memory buf = new Memory(256)) {
            buf.clear();
            check(LinuxExtras.statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, buf), what);
            return new SegmentStatus(buf.getLong(STATX_SIZE_OFFSET), -1, false, buf.getShort(STATX_MODE_OFFSET) & 0777);
        }
    }

    @Override
    public void closeFd(String what, int fd) {
        check(IpcLibc.close(fd), what);
    }

    @Override
    public byte[] load(String what, long address, int offset, int length) {
        return memory.use(what, () -> new Pointer(address).getByteArray(offset, length));
    }

    @Override
    public void store(String what, long address, int offset, byte[] data) {
        memory.use(what, () -> {
            Pointer p = new Pointer(address);
            if (data.length == Long.BYTES && offset % Long.BYTES == 0) {
                // One aligned 64-bit store, so that a poller never sees half a word.
                p.setLong(offset, java.nio.ByteBuffer.wrap(data).order(java.nio.ByteOrder.nativeOrder()).getLong());
            } else {
                p.write(offset, data, 0, data.length);
            }
            return null;
        });
    }

    @Override
    public long awaitValue(String what, long address, int offset, long expected) {
        return memory.use(what, () -> {
            Pointer p = new Pointer(address);
            long polls = 1;
            while (p.getLong(offset) != expected) {
                memory.checkOpen(what);
                p.setLong(offset + Long.BYTES, polls);
                polls++;
            }
            return polls;
        });
    }

    @Override
    public void incrementUnsynchronized(String what, long address, int offset, int times) {
        memory.use(what, () -> {
            Pointer p = new Pointer(address);
            for (int i = 0; i < times; i++) {
                memory.checkOpen(what);
                racyIncrement(p, offset);
            }
            return null;
        });
    }

    /** Load, give the processor away, store: the race the property is about. */
    private static Void racyIncrement(Pointer p, int offset) {
        long v = p.getLong(offset);
        IpcLibc.sched_yield();
        p.setLong(offset, v + 1);
        return null;
    }

    /** The semaphore calls stay outside {@link MemoryUse}: a closing sandbox need not wait for a blocked one. */
    @Override
    public void incrementGuardedSysv(String what, long address, int offset, int times, int semid) {
        Pointer p = new Pointer(address);
        for (int i = 0; i < times; i++) {
            semop(what, semid, List.of(SemaphoreOp.of(0, -1)), false);
            memory.use(what, () -> racyIncrement(p, offset));
            semop(what, semid, List.of(SemaphoreOp.of(0, 1)), false);
        }
    }

    @Override
    public void incrementGuardedPosix(String what, long address, int offset, int times, long semaphore) {
        Pointer p = new Pointer(address);
        for (int i = 0; i < times; i++) {
            semWait(what, semaphore);
            memory.use(what, () -> racyIncrement(p, offset));
            semPost(what, semaphore);
        }
    }

    @Override
    public int semget(String what, int key, int count, boolean create, int initial) {
        int id = IpcLibc.semget(key, create ? count : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
        check(id, what);
        if (create) {
            try (Memory values = new Memory(2L * count)) {
                for (int i = 0; i < count; i++) {
                    values.setShort(2L * i, (short) initial);
                }
                if (IpcLibc.semctl(id, 0, SETALL, Pointer.nativeValue(values)) < 0) {
                    RuntimeException e = failure(what + " (semctl SETALL " + initial + ")");
                    IpcLibc.semctl(id, 0, IPC_RMID, 0);
                    throw e;
                }
            }
        }
        return id;
    }

    @Override
    public void semop(String what, int id, List<SemaphoreOp> ops, boolean nonBlocking) {
        try (Memory buf = sembufs(ops, nonBlocking)) {
            check(IpcLibc.semop(id, buf, ops.size()), what);
        }
    }

    private static Memory sembufs(List<SemaphoreOp> ops, boolean nonBlocking) {
        Memory buf = new Memory((long) SEMBUF_SIZE * ops.size());
        for (int i = 0; i < ops.size(); i++) {
            SemaphoreOp op = ops.get(i);
            long at = (long) SEMBUF_SIZE * i;
            buf.setShort(at, (short) op.index());
            buf.setShort(at + 2, (short) op.delta());
            buf.setShort(at + 4, (short) ((op.undo() ? SEM_UNDO : 0) | (nonBlocking ? IPC_NOWAIT : 0)));
        }
        return buf;
    }

    @Override
    public Timed<Void> semTimedWait(String what, long semaphore, Deadline deadline) {
        try (Memory ts = new Memory(16)) {
            return TimedCalls.run(TimedCalls.CLOCK_REALTIME, deadline, false, ts, what, () -> {
                check(IpcLibc.sem_timedwait(new Pointer(semaphore), ts), what);
                return null;
            });
        }
    }

    @Override
    public Timed<Void> semTimedop(String what, int id, List<SemaphoreOp> ops, Deadline timeout) {
        try (Memory buf = sembufs(ops, false); Memory ts = new Memory(16)) {
            return TimedCalls.run(TimedCalls.CLOCK_MONOTONIC, timeout, true, ts, what, () -> {
                check(IpcLibc.semtimedop(id, buf, ops.size(), ts), what);
                return null;
            });
        }
    }

    @Override
    public int getval(String what, int id, int index) {
        int v = IpcLibc.semctl(id, index, GETVAL, 0);
        check(v, what);
        return v;
    }

    @Override
    public void semRemove(String what, int id) {
        check(IpcLibc.semctl(id, 0, IPC_RMID, 0), what);
    }

    @Override
    public long semOpen(String what, String name, boolean create, int initial) {
        Pointer s = IpcLibc.sem_open(name, create ? O_CREAT | O_EXCL : 0, 0600, initial);
        if (failed(s)) {
            throw failure(what);
        }
        return Pointer.nativeValue(s);
    }

    @Override
    public void semPost(String what, long semaphore) {
        check(IpcLibc.sem_post(new Pointer(semaphore)), what);
    }

    @Override
    public void semWait(String what, long semaphore) {
        check(IpcLibc.sem_wait(new Pointer(semaphore)), what);
    }

    @Override
    public void semTryWait(String what, long semaphore) {
        check(IpcLibc.sem_trywait(new Pointer(semaphore)), what);
    }

    @Override
    public int semGetValue(String what, long semaphore) {
        int[] value = new int[1];
        check(IpcLibc.sem_getvalue(new Pointer(semaphore), value), what);
        return value[0];
    }

    @Override
    public void semClose(String what, long semaphore) {
        check(IpcLibc.sem_close(new Pointer(semaphore)), what);
    }

    @Override
    public void semUnlink(String what, String name) {
        check(IpcLibc.sem_unlink(name), what);
    }
}
