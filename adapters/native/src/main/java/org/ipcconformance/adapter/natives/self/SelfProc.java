package org.ipcconformance.adapter.natives.self;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.adapter.natives.FdTable;
import org.ipcconformance.adapter.natives.NativeProc;
import org.ipcconformance.adapter.natives.NativeSandbox;
import org.ipcconformance.adapter.natives.ipc.IpcObjects;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.Readdir;
import org.ipcconformance.adapter.natives.libc.Statx;
import org.ipcconformance.adapter.natives.mq.MessageQueues;
import org.ipcconformance.adapter.natives.proc.ProcObserver;
import org.ipcconformance.adapter.natives.signal.SelfSignals;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.SharedMemoryCalls;
import org.ipcconformance.spec.spi.socket.SocketCalls;
import org.ipcconformance.adapter.natives.socket.SelfSockets;

/**
 * The spec's own process: the harness JVM, calling libc through JNA. The JVM ignores SIGPIPE,
 * so a write with no reader gets EPIPE here, as the specs expect of self. Calls may run on
 * several threads at once (an async read while the spec writes), so nothing here is serialised.
 */
public final class SelfProc extends NativeProc {
    private final InFlight inFlight = new InFlight();
    private final SelfMemory memory = new SelfMemory();
    private final ChildStarter starter = new ChildStarter(this);
    private final SelfSignals signals;
    private final SelfSockets sockets;
    private boolean released;

    public SelfProc(NativeSandbox sandbox) {
        super(sandbox, "self");
        this.signals = new SelfSignals(this, sandbox);
        this.sockets = new SelfSockets(this, sandbox);
    }

    NativeSandbox sandbox() {
        return sandbox;
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
            throw Errno.lastFailure(op("pipe2", "O_CLOEXEC"));
        }
        int n = sandbox.ids().pipeNumber();
        Handle read = sandbox.ids().handle("pipe#" + n + " read end");
        Handle write = sandbox.ids().handle("pipe#" + n + " write end");
        if (!keep(read, ends[0]) | !keep(write, ends[1])) {
            throw closed("pipe");
        }
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String what = op("write", on(handle) + ", " + data.length + " bytes");
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
        String what = op("write", on(handle) + ", " + data.length + " bytes, " + times + " times");
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
        String what = op("read", on(handle) + ", " + max + " bytes");
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
        String what = op("close", on(handle));
        int fd = fds.remove(handle);
        if (Libc.close(fd) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        String what = op("fcntl", on(handle) + ", " + (nonBlocking ? "set" : "clear") + " O_NONBLOCK");
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
            throw Errno.lastFailure(op("fcntl", on(handle) + ", F_GETPIPE_SZ"));
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
        String what = op("mkfifo", path + ", 0600");
        // The umask may take bits away from 0600; chmod makes the mode exactly 0600.
        if (Libc.mkfifo(path.toString(), 0600) < 0 || Libc.chmod(path.toString(), 0600) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        String what = op("open", path + ", " + mode + (nonBlocking ? " | O_NONBLOCK" : ""));
        int flags = switch (mode) {
            case READ -> O_RDONLY;
            case WRITE -> O_WRONLY;
            case READ_WRITE -> O_RDWR;
        } | (nonBlocking ? O_NONBLOCK : 0) | O_CLOEXEC;
        int fd = inFlight.run(what, path, () -> Libc.open(path.toString(), flags, 0));
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
        return Statx.stat(path.toString(), op("stat", path.toString()));
    }

    @Override
    public List<String> list(Path directory) {
        return Readdir.names(directory.toString(), op("readdir", directory.toString()));
    }

    @Override
    public void unlink(Path path) {
        if (Libc.unlink(path.toString()) < 0) {
            throw Errno.lastFailure(op("unlink", path.toString()));
        }
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        Region region = sandbox.ids().region(content.length, name);
        memory.add(region, content);
        return region;
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        if (memory.owns(region) && (offset < 0 || (long) offset + data.length > region.size())) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, op("store", region + ", offset " + offset + ", "
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
        String what = op("write", on(handle) + ", " + region);
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

    private static Memory copyOf(byte[] data) {
        Memory buf = new Memory(Math.max(1, data.length));
        buf.write(0, data, 0, data.length);
        return buf;
    }

    // ---- signals: sent to agents only (natives.signal) ----

    @Override
    public SignalCalls signals() {
        return signals;
    }

    // ---- shared memory and semaphores (natives/ipc) ----

    @Override
    public SharedMemoryCalls sharedMemory(IpcFamily family) {
        return IpcObjects.of(sandbox).sharedMemory(this, family);
    }

    @Override
    public SemaphoreCalls semaphores(IpcFamily family) {
        return IpcObjects.of(sandbox).semaphores(this, family);
    }

    /** Runs a call of a mechanism package as in progress, so that {@link #state()} can show it blocked. */
    public <T> T inFlight(String description, java.util.function.Supplier<T> call) {
        return inFlight.run(description, null, call);
    }

    @Override
    public SocketCalls sockets() {
        return sockets;
    }

    // ---- other processes ----

    @Override
    public Proc spawnChild(ChildOptions options) {
        return starter.child(options);
    }

    @Override
    public PipedChild spawnPipedChild() {
        return starter.pipedChild();
    }

    @Override
    public Proc spawnUnrelated() {
        return starter.unrelated();
    }

    /** IDLE unless a call is in progress; then what its thread is doing, from /proc/self/task/TID. */
    @Override
    public ProcState state() {
        List<InFlight.Call> calls = inFlight.now();
        ProcState best = new ProcState(ProcState.Kind.IDLE, "no operation in progress");
        for (InFlight.Call call : calls) {
            ProcState s = call.tid() < 0
                    ? new ProcState(ProcState.Kind.RUNNING, call.description())
                    : ProcObserver.observe(Path.of("/proc/self/task", String.valueOf(call.tid())),
                            c -> c.name().equals("futex") ? new ProcState(ProcState.Kind.RUNNING, "inside the JVM") : null,
                            call.description());
            if (rank(s) > rank(best)) {
                best = s;
            }
        }
        return best;
    }

    private static int rank(ProcState s) {
        return switch (s.kind()) {
            case IDLE -> 0;
            case EXITED -> 1;
            case RUNNING -> 2;
            case STOPPED -> 3;
            case BLOCKED -> 4;
        };
    }

    @Override
    public void exit() {
        throw notAChild("exit");
    }

    @Override
    public ExitStatus awaitExit() {
        throw notAChild("awaitExit");
    }

    @Override
    public void kill() {
        throw notAChild("kill");
    }

    private static HarnessException notAChild(String what) {
        return new HarnessException(what + " was asked of self, which is the harness JVM; only started processes end");
    }

    // ---- the other mechanisms ----

    @Override
    public MessageQueueCalls messageQueues(IpcFamily family) {
        return MessageQueues.ofSelf(sandbox, this, family);
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

    public HarnessException closed(String what) {
        return new HarnessException(op(what, "") + ": the sandbox was closed meanwhile");
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
                    Libc.close(fd);
                }
            }
        }
        for (int fd : open) {
            Libc.close(fd);
        }
        memory.free();
    }
}
