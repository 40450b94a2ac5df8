package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/**
 * Shared memory of one family for one model process. The calls are system calls of the model;
 * load, store, the poll and the increments are the process's own memory accesses, which in the
 * clean model reach the segment's one array directly.
 */
final class ModelSharedMemory extends FamilyCalls implements SharedMemoryCalls {
    private static final int PERMISSIONS = 0600;
    private static final BooleanSupplier RUNNABLE = () -> true;

    ModelSharedMemory(IpcModel model, ModelProcess process, IpcFamily family) {
        super(model, process, family);
    }

    /** Plain loads and stores: no system call, so nothing is synchronised. */
    private <T> T memory(String op, Supplier<T> body) {
        return m.k.syscall(p, op, body);
    }

    @Override
    public Handle create(String name, int size) {
        String op = op(sysv() ? "shmget" : "shm_open", name + ", " + size + ", create exclusive, 0600");
        return call(op, () -> {
            String key = IpcModel.key(family, name);
            if (m.segments.containsKey(key)) {
                throw Errno.EEXIST.exception(op);
            }
            if (size <= 0) {
                throw Errno.EINVAL.exception(op + " (size " + size + ")");
            }
            Segment s = new Segment(family, name, size);
            s.ownerUid = p.uid();
            m.segments.put(key, s);
            return m.hold(s, p, family, "created");
        });
    }

    private boolean ignoresPermissions() {
        return m.faulty(Fault.SHM_PERMISSIONS_IGNORED);
    }

    @Override
    public Handle open(String name) {
        String op = op(sysv() ? "shmget" : "shm_open", name);
        return call(op, () -> {
            Segment s = m.segments.get(IpcModel.key(family, name));
            if (s == null) {
                throw Errno.ENOENT.exception(op);
            }
            if (!sysv()) {
                // shm_open O_RDWR asks for read and write; shmget(key, 0, 0) asks for nothing (checked at each use).
                IpcModel.checkAccess(p, s.ownerUid, ignoresPermissions(), op, s);
            }
            return m.hold(s, p, family, "opened");
        });
    }

    @Override
    public Mapping attach(Handle segment) {
        String op = op(sysv() ? "shmat" : "mmap", segment.toString());
        return call(op, () -> {
            Segment s = m.object(segment, p, Segment.class, op);
            if (s.destroyed) {
                throw Errno.EINVAL.exception(op + " (" + s + " no longer exists)");
            }
            IpcModel.checkAccess(p, s.ownerUid, ignoresPermissions(), op, s);
            return m.attach(p, s).mapping;
        });
    }

    @Override
    public void detach(Mapping mapping) {
        String op = op(sysv() ? "shmdt" : "munmap", mapping.toString());
        call(op, () -> {
            m.detach(m.attachment(mapping, p, op));
            return null;
        });
    }

    @Override
    public SegmentStatus status(Handle segment) {
        String op = op(sysv() ? "shmctl IPC_STAT" : "fstat", segment.toString());
        return call(op, () -> {
            Segment s = m.object(segment, p, Segment.class, op);
            if (!sysv()) {
                return new SegmentStatus(s.data.length, -1, false, PERMISSIONS);
            }
            if (s.destroyed) {
                throw Errno.EINVAL.exception(op + " (" + s + " no longer exists)");
            }
            IpcModel.checkAccess(p, s.ownerUid, ignoresPermissions(), op, s);
            return new SegmentStatus(s.data.length, s.attached, s.removed, PERMISSIONS);
        });
    }

    @Override
    public void remove(Handle segment) {
        String op = op(sysv() ? "shmctl IPC_RMID" : "shm_unlink", segment.toString());
        call(op, () -> {
            Segment s = m.object(segment, p, Segment.class, op);
            String key = IpcModel.key(family, s.name);
            if (sysv()) {
                if (s.destroyed) {
                    throw Errno.EINVAL.exception(op + " (" + s + " no longer exists)");
                }
                IpcModel.checkOwner(p, s.ownerUid, ignoresPermissions(), op, s);
                s.removed = true;
                s.destroyed = s.attached == 0;
            } else if (m.segments.get(key) != s) {
                throw Errno.ENOENT.exception(op);
            }
            m.segments.remove(key, s);
            if (m.faulty(Fault.REMOVAL_DESTROYS_ATTACHED)) {
                s.destroyed = true;
            }
            return null;
        });
    }

    @Override
    public void close(Handle segment) {
        String op = op("close", segment.toString());
        call(op, () -> {
            m.object(segment, p, Segment.class, op);
            if (!sysv()) {
                m.release(segment);
            }
            return null;
        });
    }

    /** The process's view of a mapping, checked: the memory must still exist and the range lie inside it. */
    private Attachment access(Mapping mapping, String op, int offset, int length) {
        Attachment a = m.attachment(mapping, p, op);
        if (a.segment.destroyed) {
            throw Errno.EFAULT.exception(op + " (the memory of " + a.segment + " was destroyed under the mapping)");
        }
        if (offset < 0 || length < 0 || offset + length > a.view.length) {
            throw Errno.EINVAL.exception(op + " (outside the " + a.view.length + "-byte mapping)");
        }
        return a;
    }

    @Override
    public byte[] load(Mapping mapping, int offset, int length) {
        String op = op("load", mapping + ", offset " + offset + ", " + length + " bytes");
        return memory(op, () -> Arrays.copyOfRange(access(mapping, op, offset, length).view, offset, offset + length));
    }

    @Override
    public void store(Mapping mapping, int offset, byte[] data) {
        String op = op("store", mapping + ", offset " + offset + ", " + data.length + " bytes");
        memory(op, () -> {
            access(mapping, op, offset, data.length).store(offset, data);
            m.k.wakeAll(); // a process spinning on this memory looks again
            return null;
        });
    }

    /** Spins without sleeping in any call: its state stays RUNNING while it waits for the value. */
    @Override
    public long awaitValue(Mapping mapping, int offset, long expected) {
        String op = op("poll", mapping + ", offset " + offset + " until 0x" + Long.toHexString(expected));
        return memory(op, () -> {
            long polls = 1;
            while (access(mapping, op, offset, 2 * Long.BYTES).word(offset) != expected) {
                access(mapping, op, offset, 2 * Long.BYTES).storeWord(offset + Long.BYTES, polls);
                m.k.wakeAll(); // whoever waits for the poller to be in its loop looks again
                m.k.spin(p, op);
                polls++;
            }
            return polls;
        });
    }

    @Override
    public void incrementUnsynchronized(Mapping mapping, int offset, int times) {
        String op = op("increment", mapping + ", offset " + offset + ", " + times + " times, unsynchronised");
        memory(op, () -> {
            Segment s = access(mapping, op, offset, Long.BYTES).segment;
            s.incrementers.put(p, RUNNABLE);
            try {
                for (int i = 0; i < times; i++) {
                    racyIncrement(mapping, op, offset, s);
                }
            } finally {
                s.incrementers.remove(p);
                m.k.wakeAll();
            }
            return null;
        });
    }

    @Override
    public void incrementGuarded(Mapping mapping, int offset, int times, Handle semaphore) {
        String op = op("increment", mapping + ", offset " + offset + ", " + times + " times inside " + semaphore);
        memory(op, () -> {
            SemaphoreSet set = m.object(semaphore, p, SemaphoreSet.class, op);
            Segment s = access(mapping, op, offset, Long.BYTES).segment;
            s.incrementers.put(p, () -> false);
            Consumer<BooleanSupplier> asleep = ready -> s.incrementers.put(p, ready);
            Runnable awake = () -> s.incrementers.put(p, RUNNABLE);
            try {
                for (int i = 0; i < times; i++) {
                    m.synchronise(p); // the wait is a call
                    m.semop(p, set, List.of(SemaphoreOp.of(0, -1)), false, op + " wait", asleep, awake);
                    s.incrementers.put(p, RUNNABLE);
                    racyIncrement(mapping, op, offset, s);
                    m.synchronise(p); // and so is the post
                    m.semop(p, set, List.of(SemaphoreOp.of(0, 1)), false, op + " post", asleep, awake);
                }
            } finally {
                s.incrementers.remove(p);
                m.k.wakeAll();
            }
            return null;
        });
    }

    /**
     * Load, yield, store. The yield is the model's scheduler: the process waits until another
     * incrementer of the segment has made a step (a load or a store), unless none can run, so two
     * unsynchronised loops interleave and lose updates as on a real machine, deterministically.
     */
    private void racyIncrement(Mapping mapping, String op, int offset, Segment s) {
        long v = access(mapping, op, offset, Long.BYTES).word(offset);
        step(s);
        long seen = s.steps;
        while (s.steps == seen && othersCanRun(s)) {
            m.k.spin(p, op);
        }
        access(mapping, op, offset, Long.BYTES).storeWord(offset, v + 1);
        step(s);
    }

    private void step(Segment s) {
        s.steps++;
        m.k.wakeAll();
    }

    private boolean othersCanRun(Segment s) {
        return s.incrementers.entrySet().stream().anyMatch(e -> e.getKey() != p && e.getValue().getAsBoolean());
    }
}
