package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The socket primitives on a {@link JdkSocket}, shared by the harness and the child agent. */
public final class SocketOps {
    /** CAP_NET_BIND_SERVICE (10) and CAP_NET_RAW (13) in /proc/self/status's CapEff. */
    private static final long NEEDED_CAPABILITIES = (1L << 10) | (1L << 13);
    private static final int RECEIVE_BUFFER = 64 * 1024;

    private SocketOps() {
    }

    /** One recvfrom: the bytes, who sent them, and whether the datagram was longer than {@code max}. */
    public record Received(byte[] data, SocketAddress from, boolean truncated) {
    }

    public static SocketAddress loopback(ProtocolFamily family, int port) throws IOException {
        String host = family == StandardProtocolFamily.INET6 ? "::1" : "127.0.0.1";
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    /** One write(2) on a connected socket; a blocking stream socket takes it all, as send(2) does. */
    public static int send(JdkSocket socket, byte[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(data);
        int n = socket.write(buf);
        if (n == 0 && data.length > 0 && !socket.isBlocking()) {
            throw new WouldBlockException("a non-blocking socket channel wrote 0 bytes (the JDK's EAGAIN)");
        }
        return n;
    }

    /** sendto(2): DatagramChannel.send; a connected stream socket ignores the address, as TCP does. */
    public static int sendTo(JdkSocket socket, byte[] data, SocketAddress to) throws IOException {
        if (socket.isStream()) {
            return send(socket, data);
        }
        int n = socket.datagram().send(ByteBuffer.wrap(data), to);
        if (n == 0 && data.length > 0) {
            throw new WouldBlockException("DatagramChannel.send sent nothing (the JDK's EAGAIN or ENOBUFS)");
        }
        return n;
    }

    /** One read(2) of at most {@code max}; empty at end-of-stream. */
    public static byte[] receive(JdkSocket socket, int max) throws IOException {
        if (!socket.isStream()) {
            return receiveFrom(socket, max).data();
        }
        ByteBuffer buf = ByteBuffer.allocate(max);
        int n = socket.read(buf);
        if (n < 0) {
            return new byte[0];
        }
        if (n == 0 && max > 0 && !socket.isBlocking()) {
            throw new WouldBlockException("a non-blocking socket channel read 0 bytes (the JDK's EAGAIN)");
        }
        return Arrays.copyOf(buf.array(), n);
    }

    /**
     * One recvfrom(2). DatagramChannel.receive drops what does not fit without saying so, so the
     * buffer is one byte larger than asked: a datagram that fills it was longer than {@code max}
     * (MSG_TRUNC), and only {@code max} bytes are returned.
     */
    public static Received receiveFrom(JdkSocket socket, int max) throws IOException {
        if (socket.isStream()) {
            SocketChannel c = socket.connection();
            return new Received(receive(socket, max), c.getRemoteAddress(), false);
        }
        ByteBuffer buf = ByteBuffer.allocate(max + 1);
        SocketAddress from = socket.datagram().receive(buf);
        if (from == null) {
            throw new WouldBlockException("DatagramChannel.receive returned null on a non-blocking channel (the JDK's EAGAIN)");
        }
        int n = buf.position();
        boolean truncated = n > max;
        return new Received(Arrays.copyOf(buf.array(), Math.min(n, max)), from, truncated);
    }

    /** {@code total} bytes of the pattern in writes of at most {@code chunk}; returns the write calls made. */
    public static long sendPattern(JdkSocket socket, long total, int seed, int chunk) throws IOException {
        PatternBytes pattern = new PatternBytes(seed, chunk);
        byte[] block = new byte[chunk];
        ByteBuffer buf = ByteBuffer.wrap(block);
        long sent = 0;
        long calls = 0;
        while (sent < total) {
            int n = (int) Math.min(chunk, total - sent);
            pattern.fill(block, n, sent);
            buf.clear().limit(n);
            while (buf.hasRemaining()) {
                socket.write(buf);
                calls++;
            }
            sent += n;
        }
        return calls;
    }

    /** Reads until {@code total} bytes or end-of-stream; returns {received, first mismatch or -1, reads}. */
    public static long[] receivePattern(JdkSocket socket, long total, int seed) throws IOException {
        PatternBytes pattern = new PatternBytes(seed, RECEIVE_BUFFER);
        byte[] block = new byte[RECEIVE_BUFFER];
        ByteBuffer buf = ByteBuffer.wrap(block);
        long received = 0;
        long mismatch = -1;
        long reads = 0;
        while (received < total) {
            buf.clear().limit((int) Math.min(block.length, total - received));
            int n = socket.read(buf);
            reads++;
            if (n < 0) {
                break;
            }
            if (mismatch < 0) {
                int at = pattern.mismatch(block, n, received);
                if (at >= 0) {
                    mismatch = received + at;
                }
            }
            received += n;
        }
        return new long[] {received, mismatch, reads};
    }

    /**
     * {@code count} datagrams of {@code size} bytes, each starting with its sequence number (8
     * bytes, big-endian); a send the system refuses for lack of buffer space is counted as not sent.
     */
    public static int sendNumbered(JdkSocket socket, SocketAddress to, int count, int size) throws IOException {
        DatagramChannel ch = socket.datagram();
        ByteBuffer buf = ByteBuffer.allocate(Math.max(size, 8));
        int sent = 0;
        for (long seq = 0; seq < count; seq++) {
            buf.clear();
            buf.putLong(0, seq);
            buf.limit(size);
            try {
                if (ch.send(buf, to) > 0) {
                    sent++;
                }
            } catch (IOException e) {
                if (!lackOfBuffer(e)) {
                    throw e;
                }
            }
        }
        return sent;
    }

    /** Receives without waiting until nothing is queued; the sequence numbers in arrival order. */
    public static List<Long> receiveNumbered(JdkSocket socket) throws IOException {
        DatagramChannel ch = socket.datagram();
        boolean wasBlocking = ch.isBlocking();
        List<Long> seqs = new ArrayList<>();
        ByteBuffer buf = ByteBuffer.allocate(RECEIVE_BUFFER);
        ch.configureBlocking(false);
        try {
            while (true) {
                buf.clear();
                if (ch.receive(buf) == null) {
                    return seqs;
                }
                if (buf.position() >= 8) {
                    seqs.add(buf.getLong(0));
                }
            }
        } finally {
            ch.configureBlocking(wasBlocking);
        }
    }

    /** Root, or CAP_NET_RAW and CAP_NET_BIND_SERVICE in the effective set (Linux, /proc/self/status). */
    public static boolean privileged() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring("CapEff:".length()).strip(), 16);
                    return (caps & NEEDED_CAPABILITIES) == NEEDED_CAPABILITIES;
                }
            }
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /** Linux net.ipv4.ip_unprivileged_port_start, 1024 where the system has no such setting. */
    public static int unprivilegedPortStart() throws IOException {
        Path setting = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        if (Files.isReadable(setting)) {
            // One read(2): a sysctl file answers only at offset 0, so Files.readString, which
            // starts with a 1-byte read for a file of size 0, would see "1" of "1024".
            try (InputStream in = Files.newInputStream(setting)) {
                byte[] buf = new byte[32];
                int n = in.read(buf);
                return Integer.parseInt(new String(buf, 0, Math.max(n, 0), StandardCharsets.US_ASCII).strip());
            }
        }
        return 1024;
    }

    private static boolean lackOfBuffer(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("no buffer space") || m.contains("resource temporarily unavailable");
    }
}
