package org.ipcconformance.spec.contract.fake;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.LifecycleCalls;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.ProcessStateCalls;
import org.ipcconformance.spec.spi.SpawnCalls;

/**
 * A fake process, and the facets it offers: a descriptor table of pipe ends. Every call holds the sandbox's monitor; a read
 * of an empty pipe waits on it until a write, the last writer's close, or the process's death
 * wakes it (the contract bounds the waits from outside, as a kernel's caller would).
 */
final class FakeProcess implements PipeCalls, SpawnCalls, ProcessStateCalls, LifecycleCalls {
    private static final int PIPE_BUF = 4096;

    private final FakeSandbox box;
    private final String name;
    private final long pid;
    private final boolean immortal;
    /** What specs hold: the harness's Proc around this process's facets. */
    final Proc proc;
    private final Map<Handle, End> descriptors = new HashMap<>();
    private ExitStatus status;
    private boolean blocked;

    FakeProcess(FakeSandbox box, String name, boolean started, boolean immortal) {
        this.box = box;
        this.name = name;
        this.pid = 1000 + box.ids.incrementAndGet();
        this.immortal = immortal;
        Facets f = Facets.of(box.featureSet()).with(Facet.PROCESS_STATE, this);
        if (!started || box.fault != FakeFault.CHILD_LACKS_PIPES) {
            f = f.with(Facet.PIPES, this);
        }
        f = started ? f.with(Facet.LIFECYCLE, this) : f.with(Facet.SPAWN, this);
        if (!started && box.fault == FakeFault.SELF_HAS_LIFECYCLE) {
            f = f.with(Facet.LIFECYCLE, this);
        }
        this.proc = new FakeProc(name, pid, f);
    }

    // ---- pipes ----

    @Override
    public Pipe pipe() {
        synchronized (box.kernel) {
            alive("pipe()");
            FakePipe p = new FakePipe();
            long id = box.ids.incrementAndGet();
            Pipe pipe = new Pipe(new Handle(id, "pipe#" + id + " read end"), new Handle(id + 1_000_000, "pipe#" + id + " write end"));
            adopt(pipe.readEnd(), new End(p, false));
            adopt(pipe.writeEnd(), new End(p, true));
            return pipe;
        }
    }

    @Override
    public int write(Handle handle, byte[] data) {
        synchronized (box.kernel) {
            String op = "write(" + handle + ") in " + name;
            End end = end(handle, op, true);
            if (end.pipe.readers == 0) {
                throw new IpcException(IpcError.BROKEN_PIPE, op, "fake: no reader");
            }
            end.pipe.buffer.writeBytes(data);
            box.kernel.notifyAll();
            return data.length;
        }
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        long total = 0;
        for (int i = 0; i < times; i++) {
            total += write(handle, data);
        }
        return total;
    }

    @Override
    public byte[] read(Handle handle, int max) {
        synchronized (box.kernel) {
            String op = "read(" + handle + ") in " + name;
            End end = end(handle, op, false);
            while (end.pipe.buffer.size() == 0 && end.pipe.writers > 0 && status == null) {
                blocked = true;
                try {
                    box.kernel.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IpcException(IpcError.INTERRUPTED, op, "fake: Java interrupt");
                } finally {
                    blocked = false;
                }
            }
            alive(op);
            byte[] all = end.pipe.buffer.toByteArray();
            int n = Math.min(max, all.length);
            end.pipe.buffer.reset();
            end.pipe.buffer.write(all, n, all.length - n);
            return Arrays.copyOf(all, n);
        }
    }

    @Override
    public void close(Handle handle) {
        synchronized (box.kernel) {
            end(handle, "close(" + handle + ") in " + name, null);
            descriptors.remove(handle).release();
            box.kernel.notifyAll();
        }
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        throw new FeatureMissingException(Feature.NONBLOCKING_IO, FakeProvider.ID, FakeProvider.ONLY_PIPES);
    }

    @Override
    public int pipeBuf() {
        return PIPE_BUF;
    }

    // ---- processes ----

    @Override
    public Proc spawnChild(ChildOptions options) {
        synchronized (box.kernel) {
            alive("spawnChild");
            FakeProcess child = box.start("child", false);
            for (Handle h : options.inherit()) {
                End end = end(h, "inherit " + h + " from " + name, null);
                child.adopt(h, new End(end.pipe, end.writes));
            }
            return child.proc;
        }
    }

    @Override
    public Proc spawnUnrelated() {
        return box.start("unrelated", false).proc;
    }

    @Override
    public ProcState state() {
        synchronized (box.kernel) {
            while (box.fault == FakeFault.STATE_WAITS && blocked) {
                try {
                    box.kernel.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IpcException(IpcError.INTERRUPTED, "state of " + name, "fake: Java interrupt");
                }
            }
            if (status != null) {
                return new ProcState(ProcState.Kind.EXITED, status.toString());
            }
            return new ProcState(blocked ? ProcState.Kind.BLOCKED : ProcState.Kind.IDLE, blocked ? "read" : "");
        }
    }

    @Override
    public void exit() {
        synchronized (box.kernel) {
            alive("exit");
            end(ExitStatus.exited(0));
        }
    }

    @Override
    public ExitStatus awaitExit() {
        synchronized (box.kernel) {
            while (status == null) {
                try {
                    box.kernel.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IpcException(IpcError.INTERRUPTED, "awaitExit of " + name, "fake: Java interrupt");
                }
            }
            return status;
        }
    }

    @Override
    public void kill() {
        synchronized (box.kernel) {
            if (status == null && !immortal) {
                end(ExitStatus.killedBy(9, "SIGKILL"));
            }
        }
    }

    /** Whether kill left it alive: the sandbox reports it at close. */
    boolean survived() {
        synchronized (box.kernel) {
            return status == null;
        }
    }

    String name() {
        return name;
    }

    void closeAll() {
        for (End end : List.copyOf(descriptors.values())) {
            end.release();
        }
        descriptors.clear();
        box.kernel.notifyAll();
    }

    private void end(ExitStatus how) {
        status = how;
        closeAll();
    }

    private void adopt(Handle h, End end) {
        end.acquire();
        descriptors.put(h, end);
    }

    /** The open end {@code h} names here; {@code writes} null for either direction. */
    private End end(Handle h, String op, Boolean writes) {
        alive(op);
        End end = descriptors.get(h);
        if (end == null || writes != null && end.writes != writes) {
            String raw = "fake: " + name + " has no " + (writes == null ? "" : writes ? "writable " : "readable ") + "descriptor for " + h;
            throw new IpcException(IpcError.BAD_DESCRIPTOR, op, box.fault == FakeFault.NO_RAW_CODE ? " " : raw);
        }
        return end;
    }

    private void alive(String op) {
        if (status != null) {
            throw new ProcessGoneException(op, status);
        }
    }

    /** One pipe's bytes and how many ends of each side are open in all processes. */
    private static final class FakePipe {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int readers;
        int writers;
    }

    private record End(FakePipe pipe, boolean writes) {
        void acquire() {
            if (writes) {
                pipe.writers++;
            } else {
                pipe.readers++;
            }
        }

        void release() {
            if (writes) {
                pipe.writers--;
            } else {
                pipe.readers--;
            }
        }
    }
}
