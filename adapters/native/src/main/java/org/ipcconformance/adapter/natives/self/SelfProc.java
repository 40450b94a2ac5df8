package org.ipcconformance.adapter.natives.self;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.Readdir;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.FifoCalls;
import org.ipcconformance.spec.spi.FileCalls;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.MemoryCalls;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.PipeCapacityCalls;
import org.ipcconformance.spec.spi.Region;

/**
 * The spec's own process: the harness JVM, calling libc through JNA. The JVM ignores SIGPIPE,
 * so a write with no reader gets EPIPE here, as the specs expect of self. Calls may run on
 * several threads at once (an async read while the spec writes), so nothing here is serialised.
 * It offers no lifecycle (the harness JVM does not end with a spec) and no signal handlers, mask
 * or faults (the JVM's own stay untouched); the mechanism packages add their facets.
 */
public final class SelfProc extends NativeProc implements PipeCalls, PipeCapacityCalls, FileCalls, FifoCalls,
        MemoryCalls {
    public static final String NAME = "self";
    /** What open returns in place of a descriptor when the sandbox closed first. */
    private static final int CLOSED = Integer.MIN_VALUE;

    private final InFlight inFlight = new InFlight();
    private final SelfMemory memory = new SelfMemory();
    private final Facets facets;
    private boolean released;

    /** @param mechanisms adds the facets of the mechanism packages (signals, IPC objects, sockets) to self's own */
    public SelfProc(SandboxScope scope, Agents agents, BiFunction<SelfProc, Facets, Facets> mechanisms) {
        super(scope, NAME);
        ChildStarter starter = new ChildStarter(this, scope, agents);
        Facets own = Facets.of(scope.features()).with(Facet.PIPES, this).with(Facet.PIPE_CAPACITY, this)
                .with(Facet.FILES, this).with(Facet.FIFOS, this).with(Facet.MEMORY, this).with(Facet.SPAWN, starter)
                .with(Facet.PIPED_CHILDREN, starter).with(Facet.PROCESS_STATE, new SelfState(inFlight));
        this.facets = mechanisms.apply(this, own);
    }

    @Override
    protected Facets facets() {
        return facets;
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        int[] ends = new int[2];
        if (Libc.pipe2(ends, O_CLOEXEC) < 0) {
            throw Errno.lastFailure(describe("pipe2", "O_CLOEXEC"));
        }
        int n = scope.ids().pipeNumber();
        Handle read = scope.ids().handle("pipe#" + n + " read end");
        Handle write = scope.ids().handle("pipe#" + n + " write end");
        if (!keep(read, ends[0]) | !keep(write, ends[1])) {
            throw closed("pipe");
        }
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String what = describe("write", describe(handle) + ", " + data.length + " bytes");
        int fd = fds.fd(handle);
        return inFlight.run(what, null, () -> {
            try (Memory buf = copyOf(data)) {
                long n = Libc.write(fd, buf, data.length);
                if (n < 0) {
                    throw Errno.lastFailure(what);
                }
                return (int) n;
            }
        });
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        String what = describe("write", describe(handle) + ", " + data.length + " bytes, " + times + " times");
        int fd = fds.fd(handle);
        return inFlight.run(what, null, () -> {
            try (Memory buf = copyOf(data)) {
                long total = 0;
                for (int i = 0; i < times; i++) {
                    long n = Libc.write(fd, buf, data.length);
                    if (n < 0) {
                        throw Errno.lastFailure(what);
                    }
                    total += n;
                }
                return total;
            }
        });
    }

    @Override
    public byte[] read(Handle handle, int max) {
        String what = describe("read", describe(handle) + ", " + max + " bytes");
        int fd = fds.fd(handle);
        return inFlight.run(what, null, () -> {
            try (Memory buf = new Memory(Math.max(1, max))) {
                long n = Libc.read(fd, buf, max);
                if (n < 0) {
                    throw Errno.lastFailure(what);
                }
                return buf.getByteArray(0, (int) n);
            }
        });
    }

    @Override
    public void close(Handle handle) {
        String what = describe("close", describe(handle));
        int fd = fds.remove(handle);
        if (Libc.close(fd) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        String what = describe("fcntl", describe(handle) + ", " + (nonBlocking ? "set" : "clear") + " O_NONBLOCK");
        int fd = fds.fd(handle);
        int flags = Libc.fcntl(fd, F_GETFL, 0);
        if (flags < 0) {
            throw Errno.lastFailure(what);
        }
        int wanted = nonBlocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
        if (Libc.fcntl(fd, F_SETFL, wanted) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public int pipeCapacity(Handle handle) {
        int size = Libc.fcntl(fds.fd(handle), F_GETPIPE_SZ, 0);
        if (size < 0) {
            throw Errno.lastFailure(describe("fcntl", describe(handle) + ", F_GETPIPE_SZ"));
        }
        return size;
    }

    @Override
    public int pipeBuf() {
        return PIPE_BUF;
    }

    // ---- the file system ----

    @Override
    public void mkfifo(Path path) {
        String what = describe("mkfifo", path + ", 0600");
        // The umask may take bits away from 0600; chmod makes the mode exactly 0600.
        if (Libc.mkfifo(path.toString(), 0600) < 0 || Libc.chmod(path.toString(), 0600) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        String what = describe("open", path + ", " + mode + (nonBlocking ? " | O_NONBLOCK" : ""));
        int flags = switch (mode) {
            case READ -> O_RDONLY;
            case WRITE -> O_WRONLY;
            case READ_WRITE -> O_RDWR;
        } | (nonBlocking ? O_NONBLOCK : 0) | O_CLOEXEC;
        // The released check comes after the call is registered, so a close either sees the call and
        // wakes it, or the call sees the close: a FIFO open never sleeps on past its sandbox.
        int fd = inFlight.run(what, path, () -> isReleased() ? CLOSED : Libc.open(path.toString(), flags, 0));
        if (fd == CLOSED) {
            throw closed(what);
        }
        if (fd < 0) {
            throw Errno.lastFailure(what);
        }
        Handle handle = newOpenHandle(path, mode);
        if (!keep(handle, fd)) {
            throw closed(what);
        }
        return handle;
    }

    @Override
    public FileStat stat(Path path) {
        return scope.statx().stat(path.toString(), describe("stat", path.toString()));
    }

    @Override
    public List<String> list(Path directory) {
        return Readdir.names(directory.toString(), describe("readdir", directory.toString()));
    }

    @Override
    public void unlink(Path path) {
        if (Libc.unlink(path.toString()) < 0) {
            throw Errno.lastFailure(describe("unlink", path.toString()));
        }
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        Region region = scope.ids().region(content.length, name);
        memory.add(region, content);
        return region;
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        if (memory.owns(region) && (offset < 0 || (long) offset + data.length > region.size())) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, describe("store", region + ", offset " + offset + ", "
                    + data.length + " bytes"), "outside the buffer");
        }
        memory.store(region, offset, data);
    }

    @Override
    public byte[] peek(Region region) {
        return memory.load(region);
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        String what = describe("write", describe(handle) + ", " + region);
        int fd = fds.fd(handle);
        return inFlight.run(what, null, () -> memory.lend(region, buf -> {
            long n = Libc.write(fd, buf, region.size());
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return (int) n;
        }));
    }

    @Override
    public long readGlobal() {
        return memory.global();
    }

    @Override
    public void writeGlobal(long value) {
        memory.global(value);
    }

    /** The JVM's globals are no evidence: its address space is not the agents' program. */
    @Override
    public OptionalLong globalAddress() {
        return OptionalLong.empty();
    }

    private static Memory copyOf(byte[] data) {
        Memory buf = new Memory(Math.max(1, data.length));
        buf.write(0, data, 0, data.length);
        return buf;
    }

    /** Runs a call of a mechanism package as in progress, so that {@link #state()} can show it blocked. */
    public <T> T inFlight(String description, Supplier<T> call) {
        return inFlight.run(description, null, call);
    }

    // ---- the sandbox's end ----

    /** Records a new descriptor, or closes it at once when the sandbox closed meanwhile. */
    public synchronized boolean keep(Handle handle, int fd) {
        if (released) {
            Libc.close(fd);
            return false;
        }
        fds.put(handle, fd);
        return true;
    }

    private synchronized boolean isReleased() {
        return released;
    }

    public HarnessException closed(String what) {
        return new HarnessException(describe(what, "") + ": the sandbox was closed meanwhile");
    }

    /**
     * Sandbox close: wakes a blocking FIFO open (an O_RDWR open counts as both a reader and a
     * writer), closes every descriptor, frees the memory.
     */
    public void release() {
        List<Integer> open;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            open = fds.drain();
        }
        for (InFlight.Call call : inFlight.now()) {
            if (call.openedPath() != null) {
                int fd = Libc.open(call.openedPath().toString(), O_RDWR | O_NONBLOCK | O_CLOEXEC, 0);
                if (fd >= 0) {
                    inFlight.wake(call, fd);
                }
            }
        }
        for (int fd : open) {
            Libc.close(fd);
        }
        memory.free();
    }
}
