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
