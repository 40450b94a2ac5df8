package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One socket as the JDK offers it. A datagram socket is a DatagramChannel from the start. A
 * stream socket starts as a SocketChannel (socket(2) now, so a refused family shows here); the
 * JDK has no listen() on it, only a ServerSocketChannel that binds and listens in one call, so
 * {@link #listen} closes the bound SocketChannel and binds a ServerSocketChannel to the address
 * it had (for AF_UNIX, removing the node first): bind(2) really happens at bind, and the address
 * stays the one bind returned.
 */
public final class JdkSocket implements ByteChannel {
    private final ProtocolFamily family;
    private final boolean stream;
    private SocketChannel client;
    private ServerSocketChannel server;
    private DatagramChannel datagram;
    private SocketAddress bound;
    private boolean blocking = true;
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();

    private JdkSocket(ProtocolFamily family, boolean stream) {
        this.family = family;
        this.stream = stream;
    }

    /** socket(2) of a stream (SocketChannel) or datagram (DatagramChannel) socket. */
    public static JdkSocket open(ProtocolFamily family, boolean stream) throws IOException {
        JdkSocket s = new JdkSocket(family, stream);
        if (stream) {
            s.client = SocketChannel.open(family);
        } else {
            s.datagram = DatagramChannel.open(family);
        }
        return s;
    }

    /** A connection accept() returned. */
    static JdkSocket accepted(ProtocolFamily family, SocketChannel connection) {
        JdkSocket s = new JdkSocket(family, true);
        s.client = connection;
        return s;
    }

    public boolean isStream() {
        return stream;
    }

    public ProtocolFamily family() {
        return family;
    }

    /** The channel that does the work now: the SocketChannel, the ServerSocketChannel once listening, or the DatagramChannel. */
    public NetworkChannel channel() {
        if (datagram != null) {
            return datagram;
        }
        return server != null ? server : client;
    }

    public SocketAddress bind(SocketAddress address) throws IOException {
        channel().bind(address);
        bound = channel().getLocalAddress();
        makePrivate();
        return bound;
    }

    /** bind makes an AF_UNIX node with 0777 less the umask; the house keeps its files private (0600). */
    private void makePrivate() throws IOException {
        if (bound instanceof UnixDomainSocketAddress unix) {
            Files.setPosixFilePermissions(unix.getPath(), PosixFilePermissions.fromString("rw-------"));
        }
    }

    public void listen(int backlog) throws IOException {
        if (!stream) {
            throw new IOException("Operation not supported: listen on a datagram socket");
        }
        if (server != null) {
            return;
        }
        if (bound == null && family == StandardProtocolFamily.UNIX) {
            throw new IOException("Invalid argument: listen on an unbound AF_UNIX socket");
        }
        if (client.isConnected()) {
            throw new IOException("Invalid argument: listen on a connected socket");
        }
        SocketAddress address = bound;
        client.close();
        if (address instanceof UnixDomainSocketAddress unix) {
            Files.deleteIfExists(unix.getPath());
        }
        ServerSocketChannel s = ServerSocketChannel.open(family);
        try {
            for (Map.Entry<SocketOption<Object>, Object> o : options.entrySet()) {
                if (s.supportedOptions().contains(o.getKey())) {
                    s.setOption(o.getKey(), o.getValue());
                }
            }
            // Unbound: the house allows loopback only, so the ephemeral port is on 127.0.0.1, not INADDR_ANY.
            s.bind(address != null ? address : SocketOps.loopback(family, 0), backlog);
            s.configureBlocking(blocking);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        server = s;
        bound = s.getLocalAddress();
        makePrivate();
    }

    public JdkSocket accept() throws IOException {
        if (server == null) {
            throw new IOException("Invalid argument: accept on a socket that is not listening");
        }
        SocketChannel connection = server.accept();
        if (connection == null) {
            throw new WouldBlockException("ServerSocketChannel.accept returned null on a non-blocking channel (the JDK's EAGAIN)");
        }
        return accepted(family, connection);
    }

    public void connect(SocketAddress address) throws IOException {
        if (datagram != null) {
            datagram.connect(address);
        } else {
            client.connect(address);
        }
    }

    public SocketChannel connection() throws IOException {
        if (client == null || server != null) {
            throw new IOException("Transport endpoint is not connected: a " + (server != null ? "listening" : "datagram") + " socket");
        }
        return client;
    }

    public DatagramChannel datagram() throws IOException {
        if (datagram == null) {
            throw new IOException("Operation not supported: a stream socket has no datagrams");
        }
        return datagram;
    }

    @SuppressWarnings("unchecked")
    public <T> void setOption(SocketOption<T> option, T value) throws IOException {
        channel().setOption(option, value);
        options.put((SocketOption<Object>) option, value);
    }

    public <T> T getOption(SocketOption<T> option) throws IOException {
        return channel().getOption(option);
    }

    public void configureBlocking(boolean block) throws IOException {
        ((SelectableChannel) channel()).configureBlocking(block);
        blocking = block;
    }

    public boolean isBlocking() {
        return blocking;
    }

    /** The bound address, for the harness to remove an AF_UNIX node at cleanup; null when unbound. */
    public Path boundPath() {
        return bound instanceof UnixDomainSocketAddress u ? u.getPath() : null;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return datagram != null ? datagram.read(dst) : connection().read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return datagram != null ? datagram.write(src) : connection().write(src);
    }

    @Override
    public boolean isOpen() {
        return channel().isOpen();
    }

    @Override
    public void close() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (datagram != null) {
            datagram.close();
        }
    }
}
