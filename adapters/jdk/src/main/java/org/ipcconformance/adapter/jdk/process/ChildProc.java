package org.ipcconformance.adapter.jdk.process;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.FileStats;
import org.ipcconformance.adapter.jdk.core.JdkProc;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.adapter.jdk.error.JdkErrors;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.NotHeldException;
import org.ipcconformance.adapter.jdk.shm.ChildSharedMemory;
import org.ipcconformance.adapter.jdk.signal.ChildSignals;
import org.ipcconformance.adapter.jdk.socket.ChildSockets;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * A child JVM as a spec sees it: every operation is one request to its agent, which does the
 * primitive in that JVM. The child's handles are its own slots (0 and 1 are its stdin and stdout).
 * The harness lets one operation run at a time, so one request at a time uses the control
 * channel; what may run beside it (kill, awaitExit, the delivery log) never touches the channel.
 * Children start no processes: the specs spawn from self.
 */
public final class ChildProc extends JdkProc implements Agent {
    private final String name;
    private final ChildConnection connection;
    private final SandboxScope scope;
    private final Map<Long, Integer> slots = new ConcurrentHashMap<>();
    private final Set<Long> regions = ConcurrentHashMap.newKeySet();
    private final Facets facets;

    public ChildProc(String name, ChildConnection connection, SandboxScope scope, int pipeBuf) {
        super(pipeBuf);
        this.name = name;
        this.connection = connection;
        this.scope = scope;
        ChildSignals signals = new ChildSignals(this, scope);
        this.facets = commonFacets()
                .with(Facet.LIFECYCLE, new ChildLifecycle(this))
                .with(Facet.SIGNAL_HANDLERS, signals)
                .with(Facet.SIGNAL_SEND, signals)
                .with(Facet.sharedMemory(IpcFamily.POSIX), new ChildSharedMemory(scope, this))
                .with(Facet.SOCKETS, new ChildSockets(scope, this));
    }

    @Override
    protected Facets facets() {
        return facets;
    }

    @Override
    public void hold(Handle handle, int slot) {
        slots.put(handle.id(), slot);
    }

    public ChildConnection connection() {
        return connection;
    }

    @Override
    public Process process() {
        return connection.process();
    }

    @Override
    public Path signalLog() {
        return connection.signalLog();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return connection.process().pid();
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        String op = "pipe() in " + name;
        int[] ends = call(op, out -> out.writeByte(Protocol.PIPE), in -> new int[] {in.readInt(), in.readInt()});
        long id = scope.nextId();
        Handle read = new Handle(id, "pipe#" + id + " read end (in " + name + ")");
        Handle write = new Handle(scope.nextId(), "pipe#" + id + " write end (in " + name + ")");
        hold(read, ends[0]);
        hold(write, ends[1]);
        return new Pipe(read, write);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        String op = "write(" + handle + ", " + data.length + " bytes) in " + name;
        int slot = slotOf(handle, op);
        return call(op, out -> {
            out.writeByte(Protocol.WRITE);
            out.writeInt(slot);
            Protocol.writeBytes(out, data);
        }, DataInputStream::readInt);
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        String op = "write(" + handle + ", " + data.length + " bytes) x " + times + " in " + name;
        int slot = slotOf(handle, op);
        return call(op, out -> {
            out.writeByte(Protocol.WRITE_REPEATEDLY);
            out.writeInt(slot);
            out.writeInt(times);
            Protocol.writeBytes(out, data);
        }, DataInputStream::readLong);
    }

    @Override
    public byte[] read(Handle handle, int max) {
        String op = "read(" + handle + ", " + max + ") in " + name;
        int slot = slotOf(handle, op);
        return call(op, out -> {
            out.writeByte(Protocol.READ);
            out.writeInt(slot);
            out.writeInt(max);
        }, Protocol::readBytes);
    }

    @Override
    public void close(Handle handle) {
        String op = "close(" + handle + ") in " + name;
        int slot = slotOf(handle, op);
        call(op, out -> {
            out.writeByte(Protocol.CLOSE);
            out.writeInt(slot);
        }, in -> null);
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        String op = "setNonBlocking(" + handle + ", " + nonBlocking + ") in " + name;
        int slot = slotOf(handle, op);
        call(op, out -> {
            out.writeByte(Protocol.SET_NONBLOCKING);
            out.writeInt(slot);
            out.writeBoolean(nonBlocking);
        }, in -> null);
    }

    // ---- the file system ----

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        refuseNonBlockingOpen(nonBlocking);
        String op = "open(" + path + ", " + mode + ") in " + name;
        int slot = call(op, out -> {
            out.writeByte(Protocol.OPEN);
            out.writeUTF(path.toString());
            out.writeBoolean(mode != OpenMode.WRITE);
            out.writeBoolean(mode != OpenMode.READ);
        }, DataInputStream::readInt);
        Handle h = new Handle(scope.nextId(), "open(" + path.getFileName() + ", " + mode + ") in " + name);
        hold(h, slot);
        return h;
    }

    @Override
    public FileStat stat(Path path) {
        return call("stat(" + path + ") in " + name, out -> {
            out.writeByte(Protocol.STAT);
            out.writeUTF(path.toString());
        }, in -> FileStats.of(in.readInt(), in.readLong()));
    }

    @Override
    public List<String> list(Path directory) {
        return call("list(" + directory + ") in " + name, out -> {
            out.writeByte(Protocol.LIST);
            out.writeUTF(directory.toString());
        }, in -> {
            int n = in.readInt();
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(in.readUTF());
            }
            return List.copyOf(names);
        });
    }

    @Override
    public void unlink(Path path) {
        call("unlink(" + path + ") in " + name, out -> {
            out.writeByte(Protocol.UNLINK);
            out.writeUTF(path.toString());
        }, in -> null);
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        long id = scope.nextId();
        call("allocate(" + content.length + " bytes) in " + name, out -> {
            out.writeByte(Protocol.ALLOCATE);
            out.writeLong(id);
            Protocol.writeBytes(out, content);
        }, in -> null);
        regions.add(id);
        return new Region(id, content.length, "region#" + id + " in " + name);
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        own(region);
        call("poke(" + region + ", " + offset + ", " + data.length + " bytes) in " + name, out -> {
            out.writeByte(Protocol.POKE);
            out.writeLong(region.id());
            out.writeInt(offset);
            Protocol.writeBytes(out, data);
        }, in -> null);
    }

    @Override
    public byte[] peek(Region region) {
        own(region);
        return call("peek(" + region + ") in " + name, out -> {
            out.writeByte(Protocol.PEEK);
            out.writeLong(region.id());
        }, Protocol::readBytes);
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        own(region);
        String op = "write(" + handle + ", " + region + ") in " + name;
        int slot = slotOf(handle, op);
        return call(op, out -> {
            out.writeByte(Protocol.WRITE_FROM);
            out.writeInt(slot);
            out.writeLong(region.id());
        }, DataInputStream::readInt);
    }

    @Override
    public long readGlobal() {
        return call("readGlobal() in " + name, out -> out.writeByte(Protocol.READ_GLOBAL), DataInputStream::readLong);
    }

    @Override
    public void writeGlobal(long value) {
        call("writeGlobal(" + value + ") in " + name, out -> {
            out.writeByte(Protocol.WRITE_GLOBAL);
            out.writeLong(value);
        }, in -> null);
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }

    // ---- the request/response exchange ----

    @Override
    public <T> T request(String op, Request request, Response<T> response) {
        return call(op, request, response);
    }

    @Override
    public int slot(Handle handle, String op) {
        return slotOf(handle, op);
    }

    @Override
    public long nextId() {
        return scope.nextId();
    }

    /** Sends one request and waits for its reply; a lost control channel means the child died. */
    private <T> T call(String op, Request request, Response<T> response) {
        if (!connection.process().isAlive()) {
            throw gone(op);
        }
        DataOutputStream out = connection.out();
        DataInputStream in = connection.in();
        try {
            request.writeTo(out);
            out.flush();
            byte status = in.readByte();
            if (status == Protocol.OK) {
                return response.readFrom(in);
            }
            if (status != Protocol.FAILED) {
                throw new IOException("unexpected reply status " + status);
            }
            throw JdkErrors.map(op, Protocol.readFailure(in));
        } catch (IOException e) {
            // The agent answers every request: only its death (or a kill) breaks the channel,
            // so reap it (bounded: an agent that lost its channel exits by itself).
            throw gone(op);
        }
    }

    /** The child is gone: reaped, with how it ended and what it said on stderr. */
    private ProcessGoneException gone(String op) {
        int exitValue;
        try {
            exitValue = connection.reap();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException(op + ": interrupted while reaping " + name, e);
        }
        return new ProcessGoneException(op + stderrNote(), ExitStatuses.of(exitValue));
    }

    String stderrNote() {
        String tail = connection.stderrTail();
        return tail.isEmpty() ? "" : " [" + name + " stderr: " + tail + "]";
    }

    /** The child's slot for a handle; one it never held is EBADF, unless the child is gone already. */
    private int slotOf(Handle handle, String op) {
        Integer slot = slots.get(handle.id());
        if (slot == null) {
            if (!connection.process().isAlive()) {
                throw gone(op);
            }
            throw JdkErrors.map(op, Failure.of(new NotHeldException(name + " holds no copy of " + handle)));
        }
        return slot;
    }

    private void own(Region region) {
        if (!regions.contains(region.id())) {
            throw new HarnessException(region + " is not in the memory of " + name + ": a region is usable only by the process that allocated it");
        }
    }
}
