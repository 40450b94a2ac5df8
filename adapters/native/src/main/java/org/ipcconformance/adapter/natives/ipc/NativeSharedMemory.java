package org.ipcconformance.adapter.natives.ipc;

import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.Held;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.KernelObject;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.Mapped;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;

/** Shared memory of one family in one process: shmget/shmat/shmdt/shmctl or shm_open/ftruncate/mmap/shm_unlink. */
final class NativeSharedMemory extends FamilyObjects implements SharedMemoryCalls {
    NativeSharedMemory(IpcObjects objects, NativeProc proc, IpcCalls calls, IpcFamily family) {
        super(objects, proc, calls, family, true);
    }

    @Override
    public Handle create(String name, int size) {
        IpcObjects.Created c = objects.create(kind, name, candidate -> {
            if (sysv()) {
                String what = op("shmget", candidate.external() + ", " + size + ", IPC_CREAT|IPC_EXCL|0600");
                try {
                    return calls.shmget(what, candidate.key, size, true);
                } catch (IpcException e) {
                    throw SystemLimits.shmget(e, size);
                }
            }
            String what = op("shm_open", candidate.posixName + ", O_RDWR|O_CREAT|O_EXCL, 0600");
            int fd;
            try {
                fd = calls.shmOpen(what, candidate.posixName, true);
            } catch (IpcException e) {
                throw SystemLimits.posix(e, "shm_open");
            }
            try {
                calls.ftruncate(op("ftruncate", "fd " + fd + ", " + size), fd, size);
            } catch (IpcException e) {
                calls.closeFd(op("close", "fd " + fd), fd);
                throw SystemLimits.posix(e, "ftruncate");
            }
            return fd;
        });
        return objects.hold(c.object(), proc, c.local(), "created");
    }

    @Override
    public Handle open(String name) {
        KernelObject o = objects.find(kind, name);
        long local = sysv()
                ? calls.shmget(op("shmget", o.external() + ", 0, 0"), o.key, 0, false)
                : calls.shmOpen(op("shm_open", o.posixName + ", O_RDWR"), o.posixName, false);
        return objects.hold(o, proc, local, "opened");
    }

    @Override
    public Mapping attach(Handle segment) {
        String call = sysv() ? "shmat" : "mmap";
        Held h = objects.held(segment, proc, op(call, segment.toString()));
        if (sysv()) {
            int id = (int) h.local();
            long size = calls.shmStat(op("shmctl", segment + ", IPC_STAT"), id).size();
            long address = calls.shmat(op("shmat", segment + ", NULL, 0"), id);
            return objects.map(proc, address, size, family, h.object());
        }
        int fd = (int) h.local();
        long size = calls.fstat(op("fstat", segment.toString()), fd).size();
        long address = calls.mmap(op("mmap", "NULL, " + size + ", PROT_READ|PROT_WRITE, MAP_SHARED, " + segment + ", 0"), fd, size);
        return objects.map(proc, address, size, family, h.object());
    }

    @Override
    public void detach(Mapping mapping) {
        String what = op(sysv() ? "shmdt" : "munmap", mapping.toString());
        Mapped m = objects.mapped(mapping, proc, what, 0, 0);
        if (sysv()) {
            calls.shmdt(what, m.address());
        } else {
            calls.munmap(what, m.address(), m.size());
        }
        objects.unmap(mapping);
    }

    @Override
    public SegmentStatus status(Handle segment) {
        String what = op(sysv() ? "shmctl" : "fstat", segment + (sysv() ? ", IPC_STAT" : ""));
        Held h = objects.held(segment, proc, what);
        return sysv() ? calls.shmStat(what, (int) h.local()) : calls.fstat(what, (int) h.local());
    }

    @Override
    public void remove(Handle segment) {
        String what = op(sysv() ? "shmctl" : "shm_unlink", sysv() ? segment + ", IPC_RMID" : segment.toString());
        Held h = objects.held(segment, proc, what);
        if (sysv()) {
            calls.shmRemove(what, (int) h.local());
        } else {
            calls.shmUnlink(what, h.object().posixName);
        }
    }

    @Override
    public void close(Handle segment) {
        if (sysv()) {
            return; // a System V id is no descriptor: nothing to close
        }
        String what = op("close", segment.toString());
        Held h = objects.held(segment, proc, what);
        objects.release(segment);
        calls.closeFd(what, (int) h.local());
    }

    @Override
    public byte[] load(Mapping mapping, int offset, int length) {
        String what = op("load", mapping + ", offset " + offset + ", " + length + " bytes");
        return calls.load(what, objects.mapped(mapping, proc, what, offset, length).address(), offset, length);
    }

    @Override
    public void store(Mapping mapping, int offset, byte[] data) {
        String what = op("store", mapping + ", offset " + offset + ", " + data.length + " bytes");
        calls.store(what, objects.mapped(mapping, proc, what, offset, data.length).address(), offset, data);
    }

    @Override
    public long awaitValue(Mapping mapping, int offset, long expected) {
        String what = op("poll", mapping + ", offset " + offset + " until 0x" + Long.toHexString(expected));
        // Two words: the one polled and the poll count stored beside it.
        return calls.awaitValue(what, aligned(mapping, what, offset, 2 * Long.BYTES).address(), offset, expected);
    }

    @Override
    public void incrementUnsynchronized(Mapping mapping, int offset, int times) {
        String what = op("increment", mapping + ", offset " + offset + ", " + times + " times, unsynchronised");
        calls.incrementUnsynchronized(what, aligned(mapping, what, offset).address(), offset, times);
    }

    @Override
    public void incrementGuarded(Mapping mapping, int offset, int times, Handle semaphore) {
        String what = op("increment", mapping + ", offset " + offset + ", " + times + " times inside " + semaphore);
        long address = aligned(mapping, what, offset).address();
        Held sem = objects.held(semaphore, proc, what);
        if (sysv()) {
            calls.incrementGuardedSysv(what, address, offset, times, (int) sem.local());
        } else {
            calls.incrementGuardedPosix(what, address, offset, times, sem.local());
        }
    }

    private Mapped aligned(Mapping mapping, String what, int offset) {
        return aligned(mapping, what, offset, Long.BYTES);
    }

    private Mapped aligned(Mapping mapping, String what, int offset, int length) {
        if (offset % Long.BYTES != 0) {
            throw new IpcException(org.ipcconformance.spec.spi.IpcError.INVALID_ARGUMENT, what,
                    "a 64-bit word needs an offset that is a multiple of 8");
        }
        return objects.mapped(mapping, proc, what, offset, length);
    }
}
