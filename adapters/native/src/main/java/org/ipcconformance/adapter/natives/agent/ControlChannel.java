package org.ipcconformance.adapter.natives.agent;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * The harness's end of an agent's control socket: framed requests out, framed replies in.
 * The harness sends one request at a time (the agent is single-threaded); the lock here only keeps
 * {@link #close()} from freeing the descriptor under an exchange in progress, which ends with EOF
 * once the agent is dead.
 */
final class ControlChannel {
    private static final int EPIPE = 32;
    private static final int ECONNRESET = 104;
    private static final int CHUNK = 64 * 1024;
    private static final int SHUT_RDWR = 2;

    private final int fd;
    private final String owner;
    private final Memory scratch = new Memory(CHUNK);
    private volatile boolean closed;

    ControlChannel(int fd, String owner) {
        this.fd = fd;
        this.owner = owner;
    }

    /** Sends a frame and returns the reply's body, or null when the agent is gone (EOF) or the channel closed. */
    synchronized byte[] exchange(byte[] frame) {
        if (closed) {
            return null;
        }
        return send(frame) ? receive() : null;
    }

    /** Reads one reply body; null on EOF. */
    byte[] receive() {
        byte[] header = new byte[4];
        if (!readFully(header)) {
            return null;
        }
        int length = ByteBuffer.wrap(header).order(ByteOrder.nativeOrder()).getInt();
        if (length < 4) {
            throw new HarnessException("malformed reply from the agent of " + owner + " (length " + length + ")");
        }
        byte[] body = new byte[length];
        return readFully(body) ? body : null;
    }

    private boolean send(byte[] frame) {
        int off = 0;
        while (off < frame.length) {
            int n = Math.min(CHUNK, frame.length - off);
            scratch.write(0, frame, off, n);
            long wrote = Libc.write(fd, scratch, n);
            if (wrote < 0) {
                int errno = Native.getLastError();
                if (errno == Errno.EINTR) {
                    continue;
                }
                if (errno == EPIPE || errno == ECONNRESET) {
                    return false;
                }
                throw new HarnessException("cannot send a request to the agent of " + owner + ": " + Errno.describe(errno));
            }
            off += (int) wrote;
        }
        return true;
    }

    private boolean readFully(byte[] into) {
        int off = 0;
        while (off < into.length) {
            long got = Libc.read(fd, scratch, Math.min(CHUNK, into.length - off));
            if (got < 0) {
                int errno = Native.getLastError();
                if (errno == Errno.EINTR) {
                    continue;
                }
                if (errno == ECONNRESET) {
                    return false;
                }
                throw new HarnessException("cannot read a reply from the agent of " + owner + ": " + Errno.describe(errno));
            }
            if (got == 0) {
                return false;
            }
            scratch.read(0, into, off, (int) got);
            off += (int) got;
        }
        return true;
    }

    /**
     * Shuts the socket down without the lock: an exchange in progress (a request blocked in the
     * agent) ends at once with EOF, whether or not the agent ever dies, so {@link #close()} after
     * it never waits for the agent.
     */
    void shutdown() {
        if (!closed) {
            Libc.shutdown(fd, SHUT_RDWR);
        }
    }

    /** Closes the socket once, after any exchange in progress. */
    synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
            scratch.close();
        }
    }
}
