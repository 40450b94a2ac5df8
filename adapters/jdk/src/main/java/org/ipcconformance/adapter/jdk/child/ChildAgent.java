package org.ipcconformance.adapter.jdk.child;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.adapter.jdk.io.ChannelOps;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.FileOps;
import org.ipcconformance.adapter.jdk.io.NotHeldException;

/**
 * The program a child JVM runs: it connects to the harness's control socket and performs one
 * primitive per request, in this process, with the JDK's own APIs. Single-threaded on purpose:
 * a blocking read here really blocks this process's only worker, as in a plain program.
 * Usage: {@code ChildAgent <run directory> <control socket>}; the run directory is only there so
 * that the start-up sweep recognises a leftover of a dead run by its command line.
 */
public final class ChildAgent {
    /** The program's global variable: each child JVM has its own copy. */
    private static long global;

    private final Slots ends = new Slots();
    private final Map<Long, ByteBuffer> regions = new HashMap<>();
    /** Made on first use, so that a child that never touches a mechanism never loads its classes. */
    private SignalRequests signals;
    private SharedMemoryRequests sharedMemory;
    private SocketRequests sockets;

    private ChildAgent() {
        // fd 0 and fd 1 unbuffered, as channels: one read(2)/write(2) per request.
        ends.put(Protocol.STDIN, new FileInputStream(FileDescriptor.in).getChannel());
        ends.put(Protocol.STDOUT, new FileOutputStream(FileDescriptor.out).getChannel());
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ChildAgent <run directory> <control socket>");
            System.exit(Protocol.EXIT_USAGE);
        }
        try (SocketChannel control = SocketChannel.open(UnixDomainSocketAddress.of(args[1]))) {
            new ChildAgent().serve(control);
        } catch (IOException e) {
            System.err.println("ChildAgent: control channel " + args[1] + " lost");
            e.printStackTrace();
            System.exit(Protocol.EXIT_CONTROL_LOST);
        }
        System.exit(Protocol.EXIT_NORMAL);
    }

    /** Serves requests until the harness asks to exit or closes the channel (then: exit too). */
    private void serve(SocketChannel control) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(control)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(control)));
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        DataOutputStream reply = new DataOutputStream(result);
        out.writeInt(Protocol.MAGIC);
        out.writeLong(ProcessHandle.current().pid());
        out.flush();
        while (true) {
            int op = in.read();
            if (op < 0) {
                return;
            }
            result.reset();
            try {
                execute((byte) op, in, reply);
                out.writeByte(Protocol.OK);
                result.writeTo(out);
            } catch (Exception | OutOfMemoryError e) {
                out.writeByte(Protocol.FAILED);
                Protocol.writeFailure(out, Failure.of(e));
            }
            out.flush();
            if (op == Protocol.EXIT) {
                return;
            }
        }
    }

    /**
     * Reads one request's fields, does the primitive, writes the result. No lambdas and no indy
     * string concatenation in the agent: their bootstrap would add to every child's start-up.
     */
    private void execute(byte op, DataInputStream in, DataOutputStream reply) throws IOException {
        switch (op) {
            case Protocol.WRITE: {
                int slot = in.readInt();
                byte[] data = Protocol.readBytes(in);
                reply.writeInt(ChannelOps.write(end(slot), data));
                break;
            }
            case Protocol.WRITE_REPEATEDLY: {
                int slot = in.readInt();
                int times = in.readInt();
                byte[] data = Protocol.readBytes(in);
                reply.writeLong(ChannelOps.writeRepeatedly(end(slot), data, times));
                break;
            }
            case Protocol.READ: {
                int slot = in.readInt();
                int max = in.readInt();
                Protocol.writeBytes(reply, ChannelOps.read(end(slot), max));
                break;
            }
            case Protocol.CLOSE:
                // The end stays in the table: a later use gets the JDK's own ClosedChannelException.
                ChannelOps.close(end(in.readInt()));
                break;
            case Protocol.SET_NONBLOCKING: {
                int slot = in.readInt();
                ChannelOps.setNonBlocking(end(slot), in.readBoolean());
                break;
            }
            case Protocol.PIPE: {
                Pipe pipe = Pipe.open();
                reply.writeInt(add(pipe.source()));
                reply.writeInt(add(pipe.sink()));
                break;
            }
            case Protocol.OPEN: {
                Path path = Path.of(in.readUTF());
                boolean read = in.readBoolean();
                boolean write = in.readBoolean();
                reply.writeInt(add(FileOps.open(path, read, write)));
                break;
            }
            case Protocol.STAT: {
                FileOps.Stat st = FileOps.stat(Path.of(in.readUTF()));
                reply.writeInt(st.mode());
                reply.writeLong(st.size());
                break;
            }
            case Protocol.LIST: {
                List<String> names = FileOps.list(Path.of(in.readUTF()));
                reply.writeInt(names.size());
                for (String name : names) {
                    reply.writeUTF(name);
                }
                break;
            }
            case Protocol.UNLINK:
                FileOps.unlink(Path.of(in.readUTF()));
                break;
            case Protocol.ALLOCATE: {
                long id = in.readLong();
                byte[] content = Protocol.readBytes(in);
                ByteBuffer buf = ByteBuffer.allocateDirect(content.length);
                buf.put(0, content);
                regions.put(id, buf);
                break;
            }
            case Protocol.POKE: {
                long id = in.readLong();
                int offset = in.readInt();
                byte[] data = Protocol.readBytes(in);
                region(id).put(offset, data);
                break;
            }
            case Protocol.PEEK: {
                ByteBuffer buf = region(in.readLong());
                byte[] data = new byte[buf.capacity()];
                buf.get(0, data);
                Protocol.writeBytes(reply, data);
                break;
            }
            case Protocol.WRITE_FROM: {
                int slot = in.readInt();
                long id = in.readLong();
                reply.writeInt(ChannelOps.writeFrom(end(slot), region(id)));
                break;
            }
            case Protocol.READ_GLOBAL:
                reply.writeLong(global);
                break;
            case Protocol.WRITE_GLOBAL:
                global = in.readLong();
                break;
            case Protocol.EXIT:
                closeAll();
                break;
            default:
                executeMechanism(op, in, reply);
        }
    }

    /** Signals, shared memory and sockets each have their own range of ops and their own class. */
    private void executeMechanism(byte op, DataInputStream in, DataOutputStream reply) throws IOException {
        if (op >= Protocol.SIG_HANDLE && op < Protocol.SHM_CREATE) {
            if (signals == null) {
                signals = new SignalRequests();
            }
            signals.execute(op, in, reply);
        } else if (op >= Protocol.SHM_CREATE && op < Protocol.SOCK_OPEN) {
            if (sharedMemory == null) {
                sharedMemory = new SharedMemoryRequests(ends);
            }
            sharedMemory.execute(op, in, reply);
        } else if (op >= Protocol.SOCK_OPEN && op < Protocol.SOCK_OPEN + 40) {
            if (sockets == null) {
                sockets = new SocketRequests(ends);
            }
            sockets.execute(op, in, reply);
        } else {
            throw new IOException("unknown request " + op + " on the control channel");
        }
    }

    private Object end(int slot) throws NotHeldException {
        return ends.get(slot);
    }

    private ByteBuffer region(long id) {
        ByteBuffer buf = regions.get(id);
        if (buf == null) {
            throw new IllegalArgumentException("this child allocated no region " + id);
        }
        return buf;
    }

    private int add(Object end) {
        return ends.add(end);
    }

    /** exit(2) would close every descriptor; do it explicitly so the harness sees the ends go first. */
    private void closeAll() {
        for (Object end : ends.all()) {
            try {
                ChannelOps.close(end);
            } catch (IOException ignored) {
                // exiting anyway: a failed close changes nothing for the peer
            }
        }
    }
}
