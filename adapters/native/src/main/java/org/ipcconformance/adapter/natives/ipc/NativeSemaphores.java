package org.ipcconformance.adapter.natives.ipc;

import java.util.List;
import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.Held;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.KernelObject;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/** Semaphores of one family in one process: semget/semop/semctl or sem_open/sem_wait/sem_post/sem_unlink. */
final class NativeSemaphores extends FamilyObjects implements SemaphoreCalls {
    NativeSemaphores(IpcObjects objects, NativeProc proc, IpcCalls calls, IpcFamily family) {
        super(objects, proc, calls, family, false);
    }

    @Override
    public Handle create(String name, int count, int initial) {
        if (!sysv() && count != 1) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, op("sem_open", name + ", " + count + " semaphores"),
                    "a POSIX semaphore is one counter; only System V makes sets");
        }
        IpcObjects.Created c = objects.create(kind, name, candidate -> {
            if (sysv()) {
                String what = op("semget", candidate.external() + ", " + count + ", IPC_CREAT|IPC_EXCL|0600 + SETALL " + initial);
                try {
                    return calls.semget(what, candidate.key, count, true, initial);
                } catch (IpcException e) {
                    throw SystemLimits.semget(e, count);
                }
            }
            String what = op("sem_open", candidate.posixName + ", O_CREAT|O_EXCL, 0600, " + initial);
            try {
                return calls.semOpen(what, candidate.posixName, true, initial);
            } catch (IpcException e) {
                throw SystemLimits.posix(e, "sem_open");
            }
        });
        return objects.hold(c.object(), proc, c.local(), "created");
    }

    @Override
    public Handle open(String name) {
        KernelObject o = objects.find(kind, name);
        long local = sysv()
                ? calls.semget(op("semget", o.external() + ", 0, 0"), o.key, 0, false, 0)
                : calls.semOpen(op("sem_open", o.posixName + ", 0"), o.posixName, false, 0);
        return objects.hold(o, proc, local, "opened");
    }

    @Override
    public void post(Handle semaphore) {
        if (sysv()) {
            operate(semaphore, List.of(SemaphoreOp.of(0, 1)), false);
            return;
        }
        String what = op("sem_post", semaphore.toString());
        calls.semPost(what, objects.held(semaphore, proc, what).local());
    }

    @Override
    public void await(Handle semaphore) {
        if (sysv()) {
            operate(semaphore, List.of(SemaphoreOp.of(0, -1)), false);
            return;
        }
        String what = op("sem_wait", semaphore.toString());
        calls.semWait(what, objects.held(semaphore, proc, what).local());
    }

    @Override
    public void tryAwait(Handle semaphore) {
        if (sysv()) {
            operate(semaphore, List.of(SemaphoreOp.of(0, -1)), true);
            return;
        }
        String what = op("sem_trywait", semaphore.toString());
        calls.semTryWait(what, objects.held(semaphore, proc, what).local());
    }

    @Override
    public Timed<Void> timedAwait(Handle semaphore, Deadline deadline) {
        if (sysv()) {
            String what = op("semtimedop", semaphore + ", -1, timeout " + deadline);
            return calls.semTimedop(what, (int) objects.held(semaphore, proc, what).local(), List.of(SemaphoreOp.of(0, -1)), deadline);
        }
        String what = op("sem_timedwait", semaphore + ", " + deadline);
        return calls.semTimedWait(what, objects.held(semaphore, proc, what).local(), deadline);
    }

    @Override
    public int value(Handle semaphore, int index) {
        if (sysv()) {
            String what = op("semctl", semaphore + ", " + index + ", GETVAL");
            return calls.getval(what, (int) objects.held(semaphore, proc, what).local(), index);
        }
        String what = op("sem_getvalue", semaphore.toString());
        if (index != 0) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, what, "a POSIX semaphore has only index 0");
        }
        return calls.semGetValue(what, objects.held(semaphore, proc, what).local());
    }

    @Override
    public void operate(Handle semaphore, List<SemaphoreOp> ops, boolean nonBlocking) {
        String what = op("semop", semaphore + ", " + describe(ops) + (nonBlocking ? ", IPC_NOWAIT" : ""));
        if (!sysv()) {
            throw new IpcException(IpcError.NOT_SUPPORTED, what, "semop on several semaphores is System V only");
        }
        calls.semop(what, (int) objects.held(semaphore, proc, what).local(), ops, nonBlocking);
    }

    private static String describe(List<SemaphoreOp> ops) {
        StringBuilder s = new StringBuilder("{");
        for (SemaphoreOp o : ops) {
            s.append(s.length() > 1 ? ", " : "").append("sem").append(o.index()).append(o.delta() >= 0 ? " +" : " ")
                    .append(o.delta()).append(o.undo() ? " SEM_UNDO" : "");
        }
        return s.append('}').toString();
    }

    @Override
    public void remove(Handle semaphore) {
        String what = op(sysv() ? "semctl" : "sem_unlink", semaphore + (sysv() ? ", IPC_RMID" : ""));
        Held h = objects.held(semaphore, proc, what);
        if (sysv()) {
            calls.semRemove(what, (int) h.local());
        } else {
            calls.semUnlink(what, h.object().posixName);
        }
    }

    @Override
    public void close(Handle semaphore) {
        if (sysv()) {
            return;
        }
        String what = op("sem_close", semaphore.toString());
        Held h = objects.held(semaphore, proc, what);
        objects.release(semaphore);
        calls.semClose(what, h.local());
    }
}
