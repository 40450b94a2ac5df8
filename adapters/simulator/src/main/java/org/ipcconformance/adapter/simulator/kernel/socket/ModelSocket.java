package org.ipcconformance.adapter.simulator.kernel.socket;

import java.util.ArrayDeque;
import java.util.Deque;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * One socket of the model (the kernel's struct sock): what it is, where it is bound, and what
 * waits in it. Guarded by the kernel's lock, like everything in the model.
 */
public final class ModelSocket {
    /** One queued datagram or raw packet, with its sender. */
    public record Packet(byte[] data, SocketAddress from) {
    }

    public final Domain domain;
    public final SocketType type;
    public final int protocol;
    public final String label;

    SocketAddress local;
    boolean listening;
    /** Connections made to this listener and not accepted yet: their server-side ends. */
    final Deque<ModelSocket> pending = new ArrayDeque<>();
    /** The other end of a stream connection. */
    ModelSocket peer;
    /** Stream bytes on their way to this end. */
    final StreamBuffer incoming = new StreamBuffer();
    /** The peer shut its output or closed: after the buffered bytes, end-of-stream. */
    boolean peerDone;
    /** Datagrams or packets received and not yet read, and the bytes they are charged. */
    final Deque<Packet> queue = new ArrayDeque<>();
    int queued;
    int receiveBuffer = Network.DEFAULT_BUFFER;
    int sendBuffer = Network.DEFAULT_BUFFER;
    boolean headerIncluded;
    boolean reuseAddress;
    boolean closed;

    ModelSocket(Domain domain, SocketType type, int protocol, String label) {
        this.domain = domain;
        this.type = type;
        this.protocol = protocol;
        this.label = label;
        this.headerIncluded = type == SocketType.RAW && protocol == Ipv4.RAW;
    }

    public SocketAddress local() {
        return local;
    }

    public boolean isListening() {
        return listening;
    }

    public boolean isConnected() {
        return peer != null;
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The next connection of a listener's backlog. */
    public ModelSocket acceptOne() {
        return pending.pollFirst();
    }

    public boolean hasData() {
        return !incoming.isEmpty();
    }

    /** A stream receive would return end-of-stream now. */
    public boolean atEnd() {
        return incoming.isEmpty() && peerDone;
    }

    public boolean hasPacket() {
        return !queue.isEmpty();
    }

    /** Room left towards the peer; 0 when there is none to send to. */
    public int roomTowardsPeer() {
        return peer == null || peer.closed ? 0 : peer.incoming.room();
    }

    /** The other end of a connection or socket pair, or null. */
    public ModelSocket peer() {
        return peer;
    }

    public boolean peerGone() {
        return peer == null || peer.closed;
    }

    /** listen(2). */
    public void listen() {
        listening = true;
    }

    /** setsockopt(2) of the options the model knows. */
    public void set(SocketOption option, int value, String op) {
        switch (option) {
            case SO_RCVBUF -> receiveBuffer = Network.bufferSize(value);
            case SO_SNDBUF -> sendBuffer = Network.bufferSize(value);
            case SO_REUSEADDR -> reuseAddress = value != 0;
            case IP_HDRINCL -> {
                if (type != SocketType.RAW) {
                    throw SocketErrno.ENOPROTOOPT.exception(op + " (IP_HDRINCL is for raw sockets)");
                }
                headerIncluded = value != 0;
            }
            case SO_PROTOCOL -> throw SocketErrno.ENOPROTOOPT.exception(op + " (SO_PROTOCOL is read-only)");
        }
    }

    /** getsockopt(2). */
    public int get(SocketOption option, String op) {
        return switch (option) {
            case SO_RCVBUF -> receiveBuffer;
            case SO_SNDBUF -> sendBuffer;
            case SO_REUSEADDR -> reuseAddress ? 1 : 0;
            case IP_HDRINCL -> {
                if (type != SocketType.RAW) {
                    throw SocketErrno.ENOPROTOOPT.exception(op + " (IP_HDRINCL is for raw sockets)");
                }
                yield headerIncluded ? 1 : 0;
            }
            case SO_PROTOCOL -> protocol;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
