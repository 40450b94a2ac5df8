package org.ipcconformance.adapter.natives.agent;

import com.sun.jna.Memory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.ipcconformance.adapter.natives.core.FdTable;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.LinuxConstants;
import org.ipcconformance.adapter.natives.libc.Statx;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.FifoCalls;
import org.ipcconformance.spec.spi.FileCalls;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.MemoryCalls;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.PipeCapacityCalls;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Region;

/**
 * A process other than the harness: a real OS process running the C agent. Each operation is
 * one request over the control socket, carried out by the agent with one call of the primitive.
 * The harness sends one request at a time; its state and end ({@link AgentLife}) never touch
 * the channel, so a spec can watch and end a process that is blocked. It starts no process
 * itself (the harness does, {@link Agents}); the mechanism packages add their facets.
 */
public final class AgentProc extends NativeProc implements PipeCalls, PipeCapacityCalls, FileCalls, FifoCalls, MemoryCalls {
    private final AgentProcess process;
    private final Map<Long, Integer> regions = new ConcurrentHashMap<>();
    /** What the mechanism packages let go of once the agent is dead (its delivery log). */
    private final List<Runnable> afterRelease = new CopyOnWriteArrayList<>();
    private final Facets facets;
    /** The spec lowered this process's RLIMIT_SIGPENDING itself: reaching it is the property, not the environment. */
    private volatile boolean queueLimitChosen;
    /** The request in progress, for the detail of a BLOCKED state. */
    private volatile String current;
    private volatile boolean released;
    /** Set when the sandbox closes: a request cut short by it waits only a bounded time for the agent's end. */
    private volatile boolean closing;

    AgentProc(SandboxScope scope, AgentProcess process, BiFunction<AgentProc, Facets, Facets> mechanisms,
              NativeConditions platform) {
        super(scope, process.name);
        this.process = process;
        AgentLife life = new AgentLife(this, process, platform);
        Facets own = Facets.of(scope.features()).with(Facet.LIFECYCLE, life).with(Facet.PROCESS_STATE, life)
                .with(Facet.PIPES, this).with(Facet.PIPE_CAPACITY, this).with(Facet.FILES, this).with(Facet.FIFOS, this)
                .with(Facet.MEMORY, this);
        this.facets = mechanisms.apply(this, own);
    }

    @Override
    protected Facets facets() {
        return facets;
    }

    @Override
    public long pid() {
        return process.pid;
    }

    // ---- the request loop ----

    /**
     * Sends one request and waits for its reply; an errno reply becomes an IpcException, a
     * vanished agent a ProcessGoneException. The mechanism packages make their calls here.
     */
    public Reply call(String what, Request request) {
        ExitStatus gone = process.reaper.statusNow();
        if (gone != null) {
            throw new ProcessGoneException(what, gone);
        }
        if (released) {
            throw new HarnessException(what + ": the sandbox was closed");
        }
        current = what;
        byte[] body;
        try {
            body = process.channel.exchange(request.frame());
        } finally {
            current = null;
        }
        if (body == null) {
            ExitStatus status = closing ? process.reaper.awaitUntil(Instant.now().plus(KILL_PATIENCE)) : process.reaper.await();
            if (status == null) {
                throw WillNotDie.report(name, process.pid, KILL_PATIENCE);
            }
            throw new ProcessGoneException(what + process.stderrNote(), status);
        }
        Reply reply = new Reply(body);
        if (reply.errno() != 0) {
            throw Errno.failure(what, reply.errno(), process.pid, name);
        }
        return reply;
    }

    /** The request in progress, or null. */
    String current() {
        return current;
    }

    /** Runs {@code cleanup} at the sandbox's close, once the agent is dead. */
    public void afterRelease(Runnable cleanup) {
        afterRelease.add(cleanup);
    }

    // ---- for signals sent to this agent ----

    /** While a signal is sent to this agent, its PID must not be reaped and reused; false when it is reaped already. */
    public boolean holdOffReaping() {
        return process.reaper.holdOff();
    }

    public void allowReaping() {
        process.reaper.allowReaping();
    }

    /** The request in progress, for messages; null when the agent waits for the harness. */
    public String requestInProgress() {
        return current;
    }

    /**
     * Whether the agent is stopped now (SIGSTOP, SIGTSTP...), from the parent's side: waitid with
     * WSTOPPED | WNOHANG | WNOWAIT reports a stop without consuming it, on any POSIX system and
     * without /proc. Call it while reaping is held off, so the PID is still this agent's.
     */
    public boolean stoppedNow() {
        try (Memory info = new Memory(LinuxConstants.SIGINFO_SIZE)) {
            info.clear();
            if (Libc.waitid(LinuxConstants.P_PID, (int) pid(), info, LinuxConstants.WSTOPPED | LinuxConstants.WNOHANG
                    | LinuxConstants.WNOWAIT) < 0) {
                return false;
            }
            // WNOHANG with nothing to report leaves si_pid 0 (offset 16 of siginfo_t on Linux).
            return info.getInt(LinuxConstants.SIGINFO_PID_OFFSET) != 0;
        }
    }

    /** How it ended, once reaped; else null. */
    public ExitStatus statusNow() {
        return process.reaper.statusNow();
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        Reply r = call(describe("pipe", ""), new Request(Op.PIPE));
        int n = scope.ids().pipeNumber();
        Handle read = scope.ids().handle("pipe#" + n + " read end (made by " + name + ")");
        Handle write = scope.ids().handle("pipe#" + n + " write end (made by " + name + ")");
        adopt(read, r.i32());
        adopt(write, r.i32());
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String what = describe("write", describe(handle) + ", " + data.length + " bytes");
        return (int) call(what, new Request(Op.WRITE).i32(fds.fd(handle)).blob(data)).i64();
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        String what = describe("write", describe(handle) + ", " + data.length + " bytes, " + times + " times");
        return call(what, new Request(Op.WRITE_REPEAT).i32(fds.fd(handle)).i32(times).blob(data)).i64();
    }

    @Override
    public byte[] read(Handle handle, int max) {
        return call(describe("read", describe(handle) + ", " + max + " bytes"), new Request(Op.READ).i32(fds.fd(handle)).i32(max)).rest();
    }

    @Override
    public void close(Handle handle) {
        String what = describe("close", describe(handle));
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
        call(describe("fcntl", describe(handle) + ", " + (nonBlocking ? "set" : "clear") + " O_NONBLOCK"),
                new Request(Op.SETNB).i32(fds.fd(handle)).i32(nonBlocking ? 1 : 0));
    }

    @Override
    public int pipeCapacity(Handle handle) {
        return call(describe("fcntl", describe(handle) + ", F_GETPIPE_SZ"), new Request(Op.PIPESZ).i32(fds.fd(handle))).i32();
    }

    @Override
    public int pipeBuf() {
        return process.pipeBuf;
    }

    // ---- the file system ----

    @Override
    public void mkfifo(Path path) {
        call(describe("mkfifo", path + ", 0600"), new Request(Op.MKFIFO).path(path));
    }

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        String what = describe("open", path + ", " + mode + (nonBlocking ? " | O_NONBLOCK" : ""));
        int fd = call(what, new Request(Op.OPEN).openMode(mode).i32(nonBlocking ? 1 : 0).path(path)).i32();
        Handle handle = newOpenHandle(path, mode);
        adopt(handle, fd);
        return handle;
    }

    @Override
    public FileStat stat(Path path) {
        Reply r = call(describe("stat", path.toString()), new Request(Op.STAT).path(path));
        FileType type = r.fileType();
        int permissions = r.i32();
        long size = r.i64();
        return Statx.usable(describe("stat", path.toString()), "stat in " + name, type, permissions, size);
    }

    @Override
    public List<String> list(Path directory) {
        Reply r = call(describe("readdir", directory.toString()), new Request(Op.LIST).path(directory));
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
        call(describe("unlink", path.toString()), new Request(Op.UNLINK).path(path));
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        int index = call(describe("malloc", content.length + " bytes"), new Request(Op.ALLOC).blob(content)).i32();
        Region region = scope.ids().region(content.length, name);
        regions.put(region.id(), index);
        return region;
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        call(describe("store", region + ", offset " + offset + ", " + data.length + " bytes"),
                new Request(Op.POKE).i32(index(region)).i32(offset).blob(data));
    }

    @Override
    public byte[] peek(Region region) {
        return call(describe("load", region.toString()), new Request(Op.PEEK).i32(index(region))).rest();
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        String what = describe("write", describe(handle) + ", " + region);
        return (int) call(what, new Request(Op.WRITEFROM).i32(fds.fd(handle)).i32(index(region))).i64();
    }

    @Override
    public long readGlobal() {
        return call(describe("load", "global"), new Request(Op.GETGLOBAL)).i64();
    }

    @Override
    public void writeGlobal(long value) {
        call(describe("store", "global, " + value), new Request(Op.SETGLOBAL).i64(value));
    }

    /** The virtual address of the agent program's global: the same in every agent (-no-pie), evidence for isolation. */
    @Override
    public OptionalLong globalAddress() {
        return OptionalLong.of(call(describe("address of", "global"), new Request(Op.GLOBALADDR)).i64());
    }

    private int index(Region region) {
        Integer index = regions.get(region.id());
        if (index == null) {
            throw foreign(region);
        }
        return index;
    }

    /** SIGKILL without waiting for the reaping: the sandbox kills all its processes first. */
    public void killWithoutWaiting() {
        process.reaper.kill();
    }

    /**
     * How long sandbox close waits for its killed agents to end (together, not each): a SIGKILL
     * ends a process in milliseconds, so one that outlasts this will not die at all.
     */
    public static final Duration KILL_PATIENCE = Duration.ofSeconds(5);

    /**
     * Sandbox close: shut the control channel down first (a request pending in the agent ends at
     * once, dead agent or not), SIGKILL, wait for the end until {@code deadline}, close the channel,
     * then the mechanisms' cleanups. An agent still alive at the deadline is a
     * {@link HarnessException} naming it and its state, thrown once everything else is let go.
     */
    public void release(Instant deadline) {
        closing = true;
        process.channel.shutdown();
        process.reaper.kill();
        ExitStatus status;
        try {
            status = process.reaper.awaitUntil(deadline);
        } finally {
            if (!released) {
                released = true;
                process.channel.close();
                process.stderr.close();
                for (Runnable cleanup : afterRelease) {
                    cleanup.run();
                }
            }
        }
        if (status == null) {
            throw WillNotDie.report(name, process.pid, KILL_PATIENCE);
        }
    }

    /** Marks this process's queue limit as one a spec chose (see {@code Limits.sigqueue}). */
    public void chooseQueueLimit() {
        queueLimitChosen = true;
    }

    public boolean queueLimitChosen() {
        return queueLimitChosen;
    }
}
