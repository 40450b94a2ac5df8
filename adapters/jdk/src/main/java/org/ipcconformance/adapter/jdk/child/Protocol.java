package org.ipcconformance.adapter.jdk.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.jdk.io.Failure;

/**
 * The control protocol between the harness and a child JVM, over a UNIX-domain socket so that the
 * child's standard streams stay free for the specs. A request is an op byte and its fields; a reply
 * is {@link #OK} and the op's result, or {@link #FAILED} and the exception (class chain, message).
 * JDK-only: the agent runs with nothing but this module's classes on its class path.
 */
public final class Protocol {
    /** The child's greeting: this magic, then its pid. */
    public static final int MAGIC = 0x4a444b31;

    public static final byte WRITE = 1;             // int slot, bytes            -> int written
    public static final byte WRITE_REPEATEDLY = 2;  // int slot, int times, bytes -> long written
    public static final byte READ = 3;              // int slot, int max          -> bytes (empty = EOF)
    public static final byte CLOSE = 4;             // int slot
    public static final byte SET_NONBLOCKING = 5;   // int slot, boolean
    public static final byte PIPE = 6;              //                            -> int read slot, int write slot
    public static final byte OPEN = 7;              // utf path, bool read, bool write -> int slot
    public static final byte STAT = 8;              // utf path                   -> int mode, long size
    public static final byte LIST = 9;              // utf path                   -> int n, n utf names
    public static final byte UNLINK = 10;           // utf path
    public static final byte ALLOCATE = 11;         // long region, bytes
    public static final byte POKE = 12;             // long region, int offset, bytes
    public static final byte PEEK = 13;             // long region                -> bytes
    public static final byte WRITE_FROM = 14;       // int slot, long region      -> int written
    public static final byte READ_GLOBAL = 15;      //                            -> long
    public static final byte WRITE_GLOBAL = 16;     // long
    public static final byte EXIT = 17;             // closes everything, replies, exits 0

    // signals (SignalRequests)
    public static final byte SIG_HANDLE = 40;       // utf name (JVM's, "TERM"), utf delivery log path
    public static final byte SIG_IGNORE = 41;       // utf name
    public static final byte SIG_RESET = 42;        // utf name
    public static final byte SIG_KILL = 43;         // long pid, long start millis (-1: unknown), bool forcibly
    public static final byte SIG_RAISE = 44;        // utf name

    // shared memory (SharedMemoryRequests)
    public static final byte SHM_CREATE = 60;       // utf path, int size         -> int slot
    public static final byte SHM_OPEN = 61;         // utf path                   -> int slot
    public static final byte SHM_ATTACH = 62;       // int slot, long mapping     -> int size
    public static final byte SHM_DETACH = 63;       // long mapping
    public static final byte SHM_STATUS = 64;       // int slot                   -> long size, int mode
    public static final byte SHM_REMOVE = 65;       // int slot
    public static final byte SHM_LOAD = 66;         // long mapping, int offset, int length -> bytes
    public static final byte SHM_STORE = 67;        // long mapping, int offset, bytes
    public static final byte SHM_AWAIT = 68;        // long mapping, int offset, long expected -> long polls
    public static final byte SHM_INCREMENT = 69;    // long mapping, int offset, int times

    // sockets (SocketRequests); an address is byte family, utf host or path, int port
    public static final byte SOCK_OPEN = 80;        // byte family, bool stream   -> int slot
    public static final byte SOCK_BIND = 81;        // int slot, address          -> address
    public static final byte SOCK_LISTEN = 82;      // int slot, int backlog
    public static final byte SOCK_ACCEPT = 83;      // int slot                   -> int slot
    public static final byte SOCK_CONNECT = 84;     // int slot, address
    public static final byte SOCK_SEND = 85;        // int slot, bytes            -> int
    public static final byte SOCK_SEND_TO = 86;     // int slot, bytes, address   -> int
    public static final byte SOCK_RECEIVE = 87;     // int slot, int max          -> bytes
    public static final byte SOCK_RECEIVE_FROM = 88; // int slot, int max         -> bytes, bool from?, [address], bool truncated
    public static final byte SOCK_SET_OPTION = 89;  // int slot, byte option, int value
    public static final byte SOCK_GET_OPTION = 90;  // int slot, byte option      -> int
    public static final byte SOCK_SHUTDOWN_OUTPUT = 91; // int slot
    public static final byte SOCK_SEND_PATTERN = 92; // int slot, long total, int seed, int chunk -> long calls
    public static final byte SOCK_RECEIVE_PATTERN = 93; // int slot, long total, int seed -> long received, long mismatch, long reads
    public static final byte SOCK_SEND_NUMBERED = 94; // int slot, address, int count, int size -> int sent
    public static final byte SOCK_RECEIVE_NUMBERED = 95; // int slot               -> int n, n longs
    public static final byte SOCK_PRIVILEGED = 96;  //                            -> bool
    public static final byte SOCK_PORT_START = 97;  //                            -> int

    /** Address families on the wire. */
    public static final byte FAMILY_INET = 0;
    public static final byte FAMILY_UNIX = 1;
    public static final byte FAMILY_INET6 = 2;
    public static final byte FAMILY_UNASSIGNED = 3;

    /** Socket options on the wire. */
    public static final byte OPTION_RCVBUF = 0;
    public static final byte OPTION_SNDBUF = 1;
    public static final byte OPTION_REUSEADDR = 2;

    public static final byte OK = 0;
    public static final byte FAILED = 1;

    /** The child's slots of its standard input and output (its fd 0 and fd 1). */
    public static final int STDIN = 0;
    public static final int STDOUT = 1;

    /**
     * The agent's own exit codes, all below 128: a JVM's exit value above 128 is then a death by
     * signal 128+n (the JDK's encoding of WIFSIGNALED), never the agent's choice.
     */
    public static final int EXIT_NORMAL = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CONTROL_LOST = 3;

    private static final int MAX_UTF = 16_000;

    private Protocol() {
    }

    public static void writeBytes(DataOutputStream out, byte[] data) throws IOException {
        out.writeInt(data.length);
        out.write(data);
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] data = new byte[in.readInt()];
        in.readFully(data);
        return data;
    }

    public static void writeFailure(DataOutputStream out, Failure f) throws IOException {
        out.writeInt(f.classChain().size());
        for (String c : f.classChain()) {
            out.writeUTF(c);
        }
        out.writeBoolean(f.message() != null);
        if (f.message() != null) {
            out.writeUTF(f.message().length() > MAX_UTF ? f.message().substring(0, MAX_UTF) : f.message());
        }
    }

    public static Failure readFailure(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chain.add(in.readUTF());
        }
        String message = in.readBoolean() ? in.readUTF() : null;
        return new Failure(chain, message);
    }
}
