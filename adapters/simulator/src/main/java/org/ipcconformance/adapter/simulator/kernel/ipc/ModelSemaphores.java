package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.util.List;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.ModelClock;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/** Semaphores of one family for one model process; every operation goes through {@link IpcModel#semop}. */
final class ModelSemaphores extends FamilyCalls implements SemaphoreCalls {
    private static final Runnable NOTHING = () -> { };
    private static final java.util.function.Consumer<java.util.function.BooleanSupplier> UNWATCHED = ready -> { };

    ModelSemaphores(IpcModel model, ModelProcess process, IpcFamily family) {
        super(model, process, family);
    }

    @Override
    public Handle create(String name, int count, int initial) {
        String op = op(sysv() ? "semget" : "sem_open", name + ", " + count + ", create exclusive, 0600, " + initial);
        return call(op, () -> {
            if (count < 1 || (!sysv() && count != 1) || initial < 0) {
                throw Errno.EINVAL.exception(op + (sysv() ? "" : " (a POSIX semaphore is one counter)"));
            }
            String key = IpcModel.key(family, name);
            if (m.sets.containsKey(key)) {
                throw Errno.EEXIST.exception(op);
            }
            SemaphoreSet set = new SemaphoreSet(family, name, count, initial);
            m.sets.put(key, set);
            return m.hold(set, p, family, "created");
        });
    }

    @Override
    public Handle open(String name) {
        String op = op(sysv() ? "semget" : "sem_open", name);
        return call(op, () -> {
            SemaphoreSet set = m.sets.get(IpcModel.key(family, name));
            if (set == null) {
                throw Errno.ENOENT.exception(op);
            }
            return m.hold(set, p, family, "opened");
        });
    }

    private void semop(Handle h, String op, List<SemaphoreOp> ops, boolean nonBlocking) {
        call(op, () -> {
            m.semop(p, m.object(h, p, SemaphoreSet.class, op), ops, nonBlocking, op, UNWATCHED, NOTHING);
            return null;
        });
    }

    @Override
    public void post(Handle semaphore) {
        semop(semaphore, op(sysv() ? "semop" : "sem_post", semaphore + (sysv() ? ", +1" : "")), List.of(SemaphoreOp.of(0, 1)), false);
    }

    @Override
    public void await(Handle semaphore) {
        semop(semaphore, op(sysv() ? "semop" : "sem_wait", semaphore + (sysv() ? ", -1" : "")), List.of(SemaphoreOp.of(0, -1)), false);
    }

    @Override
    public void tryAwait(Handle semaphore) {
        semop(semaphore, op(sysv() ? "semop" : "sem_trywait", semaphore + (sysv() ? ", -1, IPC_NOWAIT" : "")),
                List.of(SemaphoreOp.of(0, -1)), true);
    }

    @Override
    public Timed<Void> timedAwait(Handle semaphore, Deadline deadline) {
        String op = op(sysv() ? "semtimedop" : "sem_timedwait", semaphore + (sysv() ? ", -1, timeout " : ", ") + deadline);
        if (sysv() && !deadline.relative()) {
            throw new HarnessException(op + ": semtimedop's timeout is an interval, not an absolute time");
        }
        // semtimedop's interval runs on a monotonic clock; sem_timedwait's deadline is CLOCK_REALTIME.
        ModelClock clock = sysv() ? ModelClock.MONOTONIC : ModelClock.REALTIME;
        Errno expired = sysv() ? Errno.EAGAIN : Errno.ETIMEDOUT;
        return m.k.timedSyscall(p, op, deadline, clock, absolute -> {
            m.synchronise(p);
            m.semop(p, m.object(semaphore, p, SemaphoreSet.class, op), List.of(SemaphoreOp.of(0, -1)), false, op,
                    UNWATCHED, NOTHING, new SemTimeout(deadline, absolute, clock, expired));
            return null;
        });
    }

    @Override
    public int value(Handle semaphore, int index) {
        String op = op(sysv() ? "semctl GETVAL" : "sem_getvalue", semaphore + ", " + index);
        return call(op, () -> {
            SemaphoreSet set = m.object(semaphore, p, SemaphoreSet.class, op);
            if (set.removed) {
                throw Errno.EINVAL.exception(op + " (" + set + " was removed)");
            }
            if (index < 0 || index >= set.values.length) {
                throw Errno.EINVAL.exception(op + " (" + set + " has " + set.values.length + " members)");
            }
            return set.values[index];
        });
    }

    @Override
    public void operate(Handle semaphore, List<SemaphoreOp> ops, boolean nonBlocking) {
        String op = op("semop", semaphore + ", " + ops + (nonBlocking ? ", IPC_NOWAIT" : ""));
        if (!sysv()) {
            throw Errno.EOPNOTSUPP.exception(op + " (semop on several semaphores is System V only)");
        }
        semop(semaphore, op, ops, nonBlocking);
    }

    @Override
    public void remove(Handle semaphore) {
        String op = op(sysv() ? "semctl IPC_RMID" : "sem_unlink", semaphore.toString());
        call(op, () -> {
            SemaphoreSet set = m.object(semaphore, p, SemaphoreSet.class, op);
            String key = IpcModel.key(family, set.name);
            if (sysv()) {
                if (set.removed) {
                    throw Errno.EINVAL.exception(op + " (" + set + " was removed)");
                }
                set.removed = true; // waiters wake with EIDRM
            } else if (m.sets.get(key) != set) {
                throw Errno.ENOENT.exception(op);
            }
            m.sets.remove(key, set);
            m.k.wakeAll();
            return null;
        });
    }

    @Override
    public void close(Handle semaphore) {
        String op = op(sysv() ? "close" : "sem_close", semaphore.toString());
        call(op, () -> {
            m.object(semaphore, p, SemaphoreSet.class, op);
            if (!sysv()) {
                m.release(semaphore);
            }
            return null;
        });
    }
}
