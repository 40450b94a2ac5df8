package org.ipcconformance.adapter.jdk.self;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.jdk.core.FileStats;
import org.ipcconformance.adapter.jdk.core.JdkProc;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.adapter.jdk.core.SelfEnds;
import org.ipcconformance.adapter.jdk.error.JdkErrors;
import org.ipcconformance.adapter.jdk.io.ChannelOps;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.FileOps;
import org.ipcconformance.adapter.jdk.io.NotHeldException;
import org.ipcconformance.adapter.jdk.shm.SelfSharedMemory;
import org.ipcconformance.adapter.jdk.signal.SelfSignals;
import org.ipcconformance.adapter.jdk.socket.SelfSockets;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChildCalls;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.SpawnCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * The harness JVM itself, using only the JDK's APIs: java.nio.channels.Pipe for pipes,
 * java.nio.file for names, direct ByteBuffers for its memory, a static field for its global.
 * It starts the children (through the sandbox, which owns them) and sends them SIGTERM and
 * SIGKILL; it installs no signal handler, since it stands for the harness.
 */
public final class SelfProc extends JdkProc implements SelfEnds {
    /** The harness program's global variable: one per JVM, like a C global, so shared by all sandboxes. */
    private static volatile long global;

    private final SandboxScope scope;
    private final Map<Long, Object> ends = new ConcurrentHashMap<>();
    /** The child at the other end of a Process stream, to explain the JDK's behaviour once it exited. */
    private final Map<Long, Process> peers = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> closedBySelf = new ConcurrentHashMap<>();
    private final Map<Long, ByteBuffer> regions = new ConcurrentHashMap<>();

    private final SelfSharedMemory sharedMemory;
    private final Facets facets;

    public SelfProc(SpawnCalls spawner, PipedChildCalls pipedSpawner, SandboxScope scope, int pipeBuf) {
        super(pipeBuf);
        this.scope = scope;
        this.sharedMemory = new SelfSharedMemory(scope, this);
        this.facets = commonFacets()
                .with(Facet.SPAWN, spawner)
                .with(Facet.PIPED_CHILDREN, pipedSpawner)
                .with(Facet.SIGNAL_SEND, new SelfSignals(scope))
                .with(Facet.sharedMemory(IpcFamily.POSIX), sharedMemory)
                .with(Facet.SOCKETS, new SelfSockets(scope, this));
    }

    @Override
    protected Facets facets() {
        return facets;
    }

    @Override
    public void put(Handle handle, Object end) {
        ends.put(handle.id(), end);
    }

    @Override
    public <T> T end(Handle handle, Class<T> type, String what, String op) {
        Object end = ends.get(handle.id());
        if (!type.isInstance(end)) {
            String why = end == null ? "self holds no copy of " + handle : handle + " is not a " + what;
            throw JdkErrors.map(op, Failure.of(new NotHeldException(why)));
        }
        return type.cast(end);
    }

    @Override
    public long nextId() {
        return scope.nextId();
    }

    /** Makes a handle name one of the parent's ends of a child's standard stream. */
    public void hold(Handle handle, Object end, Process peer) {
        ends.put(handle.id(), end);
        peers.put(handle.id(), peer);
    }

    /** Unmaps self's mappings and closes every end self still holds (the sandbox is closing). */
    public void closeAll() {
        sharedMemory.closeAll();
        for (Object end : ends.values()) {
            try {
                ChannelOps.close(end);
            } catch (IOException ignored) {
                // closing for cleanup: the end is released either way
            }
        }
    }

    @Override
    public String name() {
        return "self";
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        java.nio.channels.Pipe pipe = io("pipe() in self", java.nio.channels.Pipe::open);
        long id = scope.nextId();
        Handle read = new Handle(id, "pipe#" + id + " read end");
        Handle write = new Handle(scope.nextId(), "pipe#" + id + " write end");
        ends.put(read.id(), pipe.source());
        ends.put(write.id(), pipe.sink());
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String op = "write(" + handle + ", " + data.length + " bytes) in self";
        return io(op, handle, end -> ChannelOps.write(end, data));
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        String op = "write(" + handle + ", " + data.length + " bytes) x " + times + " in self";
        return io(op, handle, end -> ChannelOps.writeRepeatedly(end, data, times));
    }

    @Override
    public byte[] read(Handle handle, int max) {
        return io("read(" + handle + ", " + max + ") in self", handle, end -> ChannelOps.read(end, max));
    }

    @Override
    public void close(Handle handle) {
        io("close(" + handle + ") in self", handle, end -> {
            closedBySelf.put(handle.id(), true);
            ChannelOps.close(end);
            return null;
        });
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        io("setNonBlocking(" + handle + ", " + nonBlocking + ") in self", handle, end -> {
            ChannelOps.setNonBlocking(end, nonBlocking);
            return null;
        });
    }

    // ---- the file system ----

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        refuseNonBlockingOpen(nonBlocking);
        Object channel = io("open(" + path + ", " + mode + ") in self",
                () -> FileOps.open(path, mode != OpenMode.WRITE, mode != OpenMode.READ));
        Handle h = new Handle(scope.nextId(), "open(" + path.getFileName() + ", " + mode + ") in self");
        ends.put(h.id(), channel);
        return h;
    }

    @Override
    public FileStat stat(Path path) {
        FileOps.Stat st = io("stat(" + path + ") in self", () -> FileOps.stat(path));
        return FileStats.of(st.mode(), st.size());
    }

    @Override
    public List<String> list(Path directory) {
        return io("list(" + directory + ") in self", () -> FileOps.list(directory));
    }

    @Override
    public void unlink(Path path) {
        io("unlink(" + path + ") in self", () -> {
            FileOps.unlink(path);
            return null;
        });
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        ByteBuffer buf = ByteBuffer.allocateDirect(content.length);
        buf.put(0, content);
        long id = scope.nextId();
        regions.put(id, buf);
        return new Region(id, content.length, "region#" + id + " in self");
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        buffer(region).put(offset, data);
    }

    @Override
    public byte[] peek(Region region) {
        ByteBuffer buf = buffer(region);
        byte[] data = new byte[buf.capacity()];
        buf.get(0, data);
        return data;
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        ByteBuffer buf = buffer(region);
        return io("write(" + handle + ", " + region + ") in self", handle, end -> ChannelOps.writeFrom(end, buf));
    }

    @Override
    public long readGlobal() {
        return global;
    }

    @Override
    public void writeGlobal(long value) {
        global = value;
    }

    // ---- one place where exceptions become errors ----

    private interface IoCall<T> {
        T run() throws IOException;
    }

    private interface EndCall<T> {
        T run(Object end) throws IOException;
    }

    private <T> T io(String op, Handle handle, EndCall<T> call) {
        try {
            Object end = ends.get(handle.id());
            if (end == null) {
                throw new NotHeldException("self holds no copy of " + handle);
            }
            return call.run(end);
        } catch (IOException | NonReadableChannelException | NonWritableChannelException | UncheckedIOException e) {
            Failure f = Failure.of(e instanceof UncheckedIOException u ? u.getCause() : e);
            Process peer = peers.get(handle.id());
            boolean toExitedChild = peer != null && !peer.isAlive() && !closedBySelf.containsKey(handle.id())
                    && ends.get(handle.id()) instanceof OutputStream;
            throw toExitedChild ? JdkErrors.mapWriteToExitedChild(op, f) : JdkErrors.map(op, f);
        }
    }

    private static <T> T io(String op, IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw JdkErrors.map(op, Failure.of(e));
        } catch (UncheckedIOException e) {
            throw JdkErrors.map(op, Failure.of(e.getCause()));
        }
    }

    private ByteBuffer buffer(Region region) {
        ByteBuffer buf = regions.get(region.id());
        if (buf == null) {
            throw new HarnessException(region + " is not in the memory of self: a region is usable only by the process that allocated it");
        }
        return buf;
    }
}
