package org.ipcconformance.adapter.natives.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.ipcconformance.adapter.natives.FdTable;
import org.ipcconformance.adapter.natives.NativeProc;
import org.ipcconformance.adapter.natives.NativeSandbox;
import org.ipcconformance.adapter.natives.ipc.IpcObjects;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.mq.MessageQueues;
import org.ipcconformance.adapter.natives.proc.ProcObserver;
import org.ipcconformance.adapter.natives.signal.AgentSignals;
import org.ipcconformance.adapter.natives.socket.AgentSockets;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.SharedMemoryCalls;
import org.ipcconformance.spec.spi.socket.SocketCalls;

/**
 * A process other than the harness: a real OS process running the C agent. Each operation is
 * one request over the control socket, carried out by the agent with one call of the primitive.
 * Requests are serialised (the agent is single-threaded); {@link #state()} and {@link #kill()}
 * never wait for a request, so a spec can watch and end a process that is blocked.
 */
public final class AgentProc extends NativeProc {
    private final AgentProcess process;
    private final ReentrantLock requests = new ReentrantLock();
    private final Map<Long, Integer> regions = new ConcurrentHashMap<>();
    /** The request in progress, for the detail of a BLOCKED state. */
    private volatile String current;
    private boolean released;
    private final AgentSignals signals;

    private AgentProc(NativeSandbox sandbox, AgentProcess process) {
        super(sandbox, process.name);
        this.process = process;
        this.signals = new AgentSignals(this, sandbox);
    }

    /** Starts an agent with the given descriptors placed; the caller then adopts its handles. */
    public static AgentProc start(NativeSandbox sandbox, String name, List<Placement> placements, SignalDisposition sigpipe) {
        return start(sandbox, name, placements, sigpipe, List.of());
    }

    /**
     * The same with agent options beyond the usual ones: {@code --terminal PTS}, or
     * {@code --unprivileged yes} for {@link ChildOptions#unprivileged()} (the agent gives up root
     * and every capability before it runs).
     */
    public static AgentProc start(NativeSandbox sandbox, String name, List<Placement> placements, SignalDisposition sigpipe,
                                  List<String> options) {
        AgentProc proc = new AgentProc(sandbox, sandbox.launcher().launch(name, placements, sigpipe, options));
        sandbox.register(proc);
        return proc;
    }

    @Override
    public long pid() {
        return process.pid;
    }

    /** How long posix_spawn plus the agent's hello took. */
    public long spawnNanos() {
        return process.spawnNanos;
    }

    // ---- the request loop ----

    /**
     * Sends one request and waits for its reply; an errno reply becomes an IpcException, a
     * vanished agent a ProcessGoneException. The mechanism packages make their calls here.
     */
    public Reply call(String what, Request request) {
        requests.lock();
        try {
            ExitStatus gone = process.reaper.statusNow();
            if (gone != null) {
                throw new ProcessGoneException(what, gone);
            }
            if (released) {
                throw new HarnessException(what + ": the sandbox was closed");
            }
            current = what;
            byte[] body = process.channel.exchange(request.frame());
            if (body == null) {
                ExitStatus status = process.reaper.await();
                throw new ProcessGoneException(what + process.stderrNote(), status);
            }
            Reply reply = new Reply(body);
            if (reply.errno() != 0) {
                throw Errno.failure(what, reply.errno());
            }
            return reply;
        } finally {
            current = null;
            requests.unlock();
        }
    }

    // ---- signals (natives.signal) ----

    @Override
    public SignalCalls signals() {
        return signals;
    }

    /** While a signal is sent to this agent, its PID must not be reaped and reused; false when it is reaped already. */
    public boolean holdOffReaping() {
        return process.reaper.holdOff();
    }

    public void allowReaping() {
        process.reaper.allowReaping();
    }

    /** How it ended, once reaped; else null. */
    public ExitStatus statusNow() {
        return process.reaper.statusNow();
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        Reply r = call(op("pipe", ""), new Request(Op.PIPE));
        int n = sandbox.ids().pipeNumber();
        Handle read = sandbox.ids().handle("pipe#" + n + " read end (made by " + name + ")");
        Handle write = sandbox.ids().handle("pipe#" + n + " write end (made by " + name + ")");
        adopt(read, r.i32());
        adopt(write, r.i32());
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String what = op("write", on(handle) + ", " + data.length + " bytes");
        return (int) call(what, new Request(Op.WRITE).i32(fds.fd(handle)).blob(data)).i64();
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        String what = op("write", on(handle) + ", " + data.length + " bytes, " + times + " times");
        return call(what, new Request(Op.WRITE_REPEAT).i32(fds.fd(handle)).i32(times).blob(data)).i64();
    }

    @Override
    public byte[] read(Handle handle, int max) {
        return call(op("read", on(handle) + ", " + max + " bytes"), new Request(Op.READ).i32(fds.fd(handle)).i32(max)).rest();
    }

    @Override
    public void close(Handle handle) {
        String what = op("close", on(handle));
        int fd = fds.fd(handle);
        try {
            call(what, new Request(Op.CLOSE).i32(fd));
        } finally {
            // Linux frees the number even when close(2) reports an error.
            if (fd != FdTable.NOT_HELD) {
                fds.remove(handle);
            }
        }
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        call(op("fcntl", on(handle) + ", " + (nonBlocking ? "set" : "clear") + " O_NONBLOCK"),
                new Request(Op.SETNB).i32(fds.fd(handle)).i32(nonBlocking ? 1 : 0));
    }

    @Override
    public int pipeCapacity(Handle handle) {
        return call(op("fcntl", on(handle) + ", F_GETPIPE_SZ"), new Request(Op.PIPESZ).i32(fds.fd(handle))).i32();
    }

    @Override
    public int pipeBuf() {
        return process.pipeBuf;
    }

    // ---- the file system ----

    @Override
    public void mkfifo(Path path) {
        call(op("mkfifo", path + ", 0600"), new Request(Op.MKFIFO).path(path));
    }

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        String what = op("open", path + ", " + mode + (nonBlocking ? " | O_NONBLOCK" : ""));
        int fd = call(what, new Request(Op.OPEN).openMode(mode).i32(nonBlocking ? 1 : 0).path(path)).i32();
        Handle handle = newOpenHandle(path, mode);
        adopt(handle, fd);
        return handle;
    }

    @Override
    public FileStat stat(Path path) {
        Reply r = call(op("stat", path.toString()), new Request(Op.STAT).path(path));
        FileType type = r.fileType();
        int permissions = r.i32();
        long size = r.i64();
        return new FileStat(type, size, permissions);
    }

    @Override
    public List<String> list(Path directory) {
        Reply r = call(op("readdir", directory.toString()), new Request(Op.LIST).path(directory));
        int count = r.i32();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(r.string());
        }
        names.sort(null);
        return names;
    }

    @Override
    public void unlink(Path path) {
        call(op("unlink", path.toString()), new Request(Op.UNLINK).path(path));
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        int index = call(op("malloc", content.length + " bytes"), new Request(Op.ALLOC).blob(content)).i32();
        Region region = sandbox.ids().region(content.length, name);
        regions.put(region.id(), index);
        return region;
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        call(op("store", region + ", offset " + offset + ", " + data.length + " bytes"),
                new Request(Op.POKE).i32(index(region)).i32(offset).blob(data));
    }

    @Override
    public byte[] peek(Region region) {
        return call(op("load", region.toString()), new Request(Op.PEEK).i32(index(region))).rest();
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        String what = op("write", on(handle) + ", " + region);
        return (int) call(what, new Request(Op.WRITEFROM).i32(fds.fd(handle)).i32(index(region))).i64();
    }

    @Override
    public long readGlobal() {
        return call(op("load", "global"), new Request(Op.GETGLOBAL)).i64();
    }

    @Override
    public void writeGlobal(long value) {
        call(op("store", "global, " + value), new Request(Op.SETGLOBAL).i64(value));
    }

    /** The virtual address of the agent program's global: the same in every agent (-no-pie), evidence for isolation. */
    @Override
    public OptionalLong globalAddress() {
        return OptionalLong.of(call(op("address of", "global"), new Request(Op.GLOBALADDR)).i64());
    }

    private int index(Region region) {
        Integer index = regions.get(region.id());
        if (index == null) {
            throw foreign(region);
        }
        return index;
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

    @Override
    public SocketCalls sockets() {
        return new AgentSockets(this, sandbox);
    }

    // ---- other processes ----

    @Override
    public Proc spawnChild(ChildOptions options) {
        throw new HarnessException("the native adapter starts children from self only; " + name + " was asked to");
    }

    @Override
    public PipedChild spawnPipedChild() {
        throw new HarnessException("the native adapter starts children from self only; " + name + " was asked to");
    }

    /** An unrelated process shares nothing with anyone, so it does not matter who asks: the harness starts it. */
    @Override
    public Proc spawnUnrelated() {
        return sandbox.self().spawnUnrelated();
    }

    @Override
    public MessageQueueCalls messageQueues(IpcFamily family) {
        return MessageQueues.ofAgent(sandbox, this, family);
    }

    @Override
    public ProcState state() {
        ExitStatus gone = process.reaper.statusNow();
        if (gone != null) {
            return new ProcState(ProcState.Kind.EXITED, gone.toString());
        }
        ProcState seen = ProcObserver.observe(Path.of("/proc", String.valueOf(process.pid)), call -> {
            if (call.on("read", AgentLauncher.CONTROL_FD)) {
                return new ProcState(ProcState.Kind.IDLE, "waiting for the harness");
            }
            if (call.on("sendto", AgentLauncher.CONTROL_FD) || call.on("write", AgentLauncher.CONTROL_FD)) {
                return new ProcState(ProcState.Kind.RUNNING, "sending its reply to the harness");
            }
            return null;
        }, current);
        // Between a death and its reaping /proc shows a zombie; say how it ended once known.
        if (seen.kind() == ProcState.Kind.EXITED && process.reaper.isDone()) {
            ExitStatus status = process.reaper.statusNow();
            return new ProcState(ProcState.Kind.EXITED, status == null ? seen.detail() : status.toString());
        }
        return seen;
    }

    @Override
    public void exit() {
        call(op("exit", "0"), new Request(Op.EXIT));
        process.reaper.await();
    }

    @Override
    public ExitStatus awaitExit() {
        return process.reaper.await();
    }

    @Override
    public void kill() {
        process.reaper.kill();
        process.reaper.await();
    }

    /** SIGKILL without waiting for the reaping: the sandbox kills all its processes first. */
    public void killWithoutWaiting() {
        process.reaper.kill();
    }

    /**
     * Sandbox close: SIGKILL, reap, then close the control socket once no request can use it
     * (a request blocked in the agent sees EOF as soon as the agent dies, and lets go).
     */
    public void release() {
        process.reaper.kill();
        try {
            process.reaper.await();
        } finally {
            requests.lock();
            try {
                if (!released) {
                    released = true;
                    process.channel.close();
                    process.stderr.close();
                    signals.release();
                }
            } finally {
                requests.unlock();
            }
        }
    }
}
