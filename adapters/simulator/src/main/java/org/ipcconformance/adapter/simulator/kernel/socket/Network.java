package org.ipcconformance.adapter.simulator.kernel.socket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * The model's loopback network and its two domains: the port tables of TCP and UDP with an
 * ephemeral range, the AF_UNIX names bound in the sandbox directory, and a raw layer that shows
 * every packet of a protocol, with the headers the model builds, to the raw sockets of that
 * protocol. Delivery is immediate and, for UDP, bounded by the receiver's buffer.
 */
public final class Network {
    public static final int EPHEMERAL_FIRST = 32768;
    public static final int EPHEMERAL_LAST = 60999;
    public static final int UNPRIVILEGED_PORT_START = 1024;
    /** 65535 minus the IPv4 and UDP headers. */
    public static final int UDP_LIMIT = 65507;
    /** Linux's net.core.wmem_default / rmem_default. */
    public static final int DEFAULT_BUFFER = 212992;
    /** What a queued datagram costs beyond its bytes (the kernel's sk_buff). */
    static final int OVERHEAD = 256;
    /** Linux's SOCK_MIN_RCVBUF. */
    private static final int MIN_BUFFER = 2304;
    private static final int LOSSY_EVERY = 1 << 20;

    private final Faults faults;
    private final Map<Integer, ModelSocket> tcp = new HashMap<>();
    private final Map<Integer, ModelSocket> udp = new HashMap<>();
    private final Map<String, ModelSocket> unix = new HashMap<>();
    private final List<ModelSocket> raw = new ArrayList<>();
    private int nextEphemeral = EPHEMERAL_FIRST;
    private int nextPacketId = 1;
    private long udpDatagrams;
    private int sockets;

    public Network(Faults faults) {
        this.faults = faults;
    }

    // ---- socket(2) ----

    /** A new socket, or the error socket(2) gives for the combination. */
    public ModelSocket open(Domain domain, SocketType type, int protocol, boolean privileged, String owner, String op) {
        int chosen = switch (domain) {
            case INET -> inetProtocol(type, protocol, privileged, op);
            case UNIX -> unixProtocol(type, protocol, op);
            default -> throw SocketErrno.EAFNOSUPPORT.exception(op + " (the model has AF_INET and AF_UNIX only)");
        };
        ModelSocket s = new ModelSocket(domain, type, chosen, domain + " " + type + " socket#" + ++sockets + " (made by " + owner + ")");
        if (type == SocketType.RAW) {
            raw.add(s);
        }
        return s;
    }

    private int inetProtocol(SocketType type, int protocol, boolean privileged, String op) {
        boolean any = faults.has(Fault.UNCHECKED_PROTOCOL);
        switch (type) {
            case STREAM:
                if (protocol == 0 || protocol == Ipv4.TCP || any) {
                    return protocol == 0 ? Ipv4.TCP : protocol;
                }
                throw SocketErrno.EPROTONOSUPPORT.exception(op + " (a stream over AF_INET is TCP)");
            case DATAGRAM:
                if (protocol == 0 || protocol == Ipv4.UDP || any) {
                    return protocol == 0 ? Ipv4.UDP : protocol;
                }
                throw SocketErrno.EPROTONOSUPPORT.exception(op + " (a datagram socket over AF_INET is UDP)");
            case RAW:
                if (!privileged && !faults.has(Fault.UNPRIVILEGED_RAW)) {
                    throw SocketErrno.EPERM.exception(op + " (a raw socket needs CAP_NET_RAW)");
                }
                if (protocol <= 0 || protocol > 255) {
                    throw SocketErrno.EPROTONOSUPPORT.exception(op + " (a raw socket names its IP protocol, 1 to 255)");
                }
                return protocol;
            default:
                throw SocketErrno.ESOCKTNOSUPPORT.exception(op + " (no " + type + " over AF_INET in the model)");
        }
    }

    private int unixProtocol(SocketType type, int protocol, String op) {
        if (type != SocketType.STREAM && type != SocketType.DATAGRAM) {
            throw SocketErrno.ESOCKTNOSUPPORT.exception(op + " (the model's AF_UNIX has streams and datagrams)");
        }
        if (protocol != 0 && !faults.has(Fault.UNCHECKED_PROTOCOL)) {
            throw SocketErrno.EPROTONOSUPPORT.exception(op + " (AF_UNIX takes protocol 0 only)");
        }
        return protocol;
    }

    // ---- addresses ----

    /** bind(2) of 127.0.0.1 and a port; port 0 takes the next free ephemeral port. */
    public SocketAddress bindInet(ModelSocket s, SocketAddress address, boolean privileged, String op) {
        if (!SocketAddress.LOOPBACK.equals(address.host())) {
            throw SocketErrno.EADDRNOTAVAIL.exception(op + " (the model's only address is 127.0.0.1)");
        }
        if (s.type == SocketType.RAW) {
            s.local = address;
            return address;
        }
        Map<Integer, ModelSocket> table = s.type == SocketType.STREAM ? tcp : udp;
        int port = address.port();
        if (port == 0 && !faults.has(Fault.EPHEMERAL_PORT_ZERO)) {
            port = ephemeral(table, op);
        } else {
            // ephemeral-port-zero takes 0 for a port like any other.
            if (port != 0 && port < UNPRIVILEGED_PORT_START && !privileged && !faults.has(Fault.LOW_PORTS_OPEN)) {
                throw SocketErrno.EACCES.exception(op + " (ports below " + UNPRIVILEGED_PORT_START + " need CAP_NET_BIND_SERVICE)");
            }
            if (table.containsKey(port)) {
                throw SocketErrno.EADDRINUSE.exception(op + " (" + table.get(port) + " has 127.0.0.1:" + port + ")");
            }
        }
        table.put(port, s);
        s.local = SocketAddress.loopback(port);
        return s.local;
    }

    private int ephemeral(Map<Integer, ModelSocket> table, String op) {
        for (int tries = 0; tries <= EPHEMERAL_LAST - EPHEMERAL_FIRST; tries++) {
            int port = nextEphemeral;
            nextEphemeral = port == EPHEMERAL_LAST ? EPHEMERAL_FIRST : port + 1;
            if (!table.containsKey(port)) {
                return port;
            }
        }
        throw SocketErrno.EADDRINUSE.exception(op + " (every ephemeral port is taken)");
    }

    /** An unbound INET socket that sends or connects gets an ephemeral port first, as Linux's autobind. */
    void autobind(ModelSocket s, String op) {
        if (s.domain == Domain.INET && s.local == null && s.type != SocketType.RAW) {
            bindInet(s, SocketAddress.loopback(0), true, op);
        }
    }

    /** Records an AF_UNIX name as bound by {@code s}; the caller made (or, faulty, did not make) the node. */
    public void bindUnix(ModelSocket s, String name, SocketAddress address) {
        unix.put(name, s);
        s.local = address;
    }

    /** The socket bound to a name of the sandbox directory, if it is still open. */
    public ModelSocket boundTo(String name) {
        ModelSocket s = unix.get(name);
        return s == null || s.closed ? null : s;
    }

    // ---- socketpair(2) ----

    /**
     * Two sockets connected to each other. As Linux, the combination is checked as socket(2)
     * checks it first; then only AF_UNIX makes pairs (AF_INET's socketpair is EOPNOTSUPP).
     * socketpair-one-way connects the first to the second only.
     */
    public ModelSocket[] pair(Domain domain, SocketType type, int protocol, boolean privileged, String owner, String op) {
        ModelSocket first = open(domain, type, protocol, privileged, owner, op);
        if (domain != Domain.UNIX) {
            raw.remove(first);
            throw SocketErrno.EOPNOTSUPP.exception(op + " (" + domain + " has no socket pairs)");
        }
        ModelSocket second = open(domain, type, protocol, privileged, owner, op);
        first.peer = second;
        if (!faults.has(Fault.SOCKETPAIR_ONE_WAY)) {
            second.peer = first;
        }
        return new ModelSocket[] {first, second};
    }

    // ---- connections ----

    /** connect(2) of a stream to a listener: the server-side end waits in the backlog until accepted. */
    public void connect(ModelSocket client, ModelSocket listener, String op) {
        if (client.peer != null) {
            throw SocketErrno.EISCONN.exception(op);
        }
        if (listener.type != client.type) {
            throw SocketErrno.EPROTOTYPE.exception(op + " (" + listener + " is a " + listener.type + " socket)");
        }
        if (!listener.listening || listener.closed) {
            throw SocketErrno.ECONNREFUSED.exception(op + " (nothing listens there)");
        }
        autobind(client, op);
        ModelSocket server = new ModelSocket(listener.domain, listener.type, listener.protocol,
                "connection#" + ++sockets + " on " + listener.label);
        server.local = listener.local;
        server.peer = client;
        client.peer = server;
        listener.pending.addLast(server);
    }

    /** The TCP listener on a port, or null. */
    public ModelSocket tcpListener(int port) {
        ModelSocket s = tcp.get(port);
        return s == null || !s.listening || s.closed ? null : s;
    }

    /** Puts bytes of a stream send into the peer's buffer (the caller checked the room). */
    public void streamSend(ModelSocket from, byte[] data) {
        ModelSocket to = from.peer;
        StreamBuffer in = to.incoming;
        if (faults.has(Fault.LOSSY_STREAM)) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream(data.length);
            long offset = in.offset();
            for (byte b : data) {
                if (offset > 0 && offset % LOSSY_EVERY == 0) {
                    in.skip();
                } else {
                    kept.write(b);
                }
                offset++;
            }
            // skip() moved the offset for the lost bytes; append() counts the rest.
            in.append(kept.toByteArray());
        } else {
            in.append(data.clone());
        }
        if (from.domain == Domain.INET && hasRaw(Ipv4.TCP)) {
            byte[] segment = Ipv4.tcp(from.local.port(), to.local.port(), in.offset(), data);
            toRaw(Ipv4.TCP, Ipv4.packet(nextPacketId++, Ipv4.TCP, segment));
        }
    }

    /** Takes bytes from a stream's buffer; stream-keeps-boundaries stops at the end of one send. */
    public byte[] streamReceive(ModelSocket s, int max) {
        return s.incoming.take(max, faults.has(Fault.STREAM_KEEPS_BOUNDARIES));
    }

    public void shutdownOutput(ModelSocket s) {
        if (s.peer != null) {
            s.peer.peerDone = true;
        }
    }

    // ---- datagrams ----

    /** The largest datagram {@code s} may send, or -1 when no-emsgsize lets any through. */
    public int datagramLimit(ModelSocket s) {
        if (faults.has(Fault.NO_EMSGSIZE)) {
            return -1;
        }
        return s.domain == Domain.UNIX ? s.sendBuffer - 32 : UDP_LIMIT;
    }

    /** UDP to 127.0.0.1:port: queued when the receiver's buffer has room, else dropped, as UDP does. */
    public void sendUdp(ModelSocket from, byte[] data, int port, String op) {
        autobind(from, op);
        byte[] payload = data.clone();
        if (faults.has(Fault.UDP_WITHOUT_CHECKSUM) && ++udpDatagrams % 8 == 0 && payload.length > 0) {
            payload[0] ^= (byte) 0x80;
        }
        byte[] datagram = Ipv4.udp(from.local.port(), port, payload);
        if (hasRaw(Ipv4.UDP)) {
            toRaw(Ipv4.UDP, Ipv4.packet(nextPacketId++, Ipv4.UDP, datagram));
        }
        ModelSocket to = udp.get(port);
        if (to == null || to.closed) {
            return; // no receiver: the datagram is lost (Linux answers with an ICMP port unreachable)
        }
        queue(to, faults.has(Fault.UDP_DELIVERS_HEADER) ? datagram : payload, from.local, true);
    }

    /** An AF_UNIX datagram to a bound socket: reliable, queued whatever the receiver's buffer. */
    public void sendUnix(ModelSocket from, ModelSocket to, byte[] data, String op) {
        if (to.type != SocketType.DATAGRAM) {
            throw SocketErrno.EPROTOTYPE.exception(op + " (" + to + " is a " + to.type + " socket)");
        }
        queue(to, data.clone(), from.local, false);
    }

    private static void queue(ModelSocket to, byte[] data, SocketAddress from, boolean mayDrop) {
        int cost = data.length + OVERHEAD;
        if (mayDrop && !to.queue.isEmpty() && to.queued + cost > to.receiveBuffer) {
            return; // the receive buffer is full: UDP drops it
        }
        to.queue.addLast(new ModelSocket.Packet(data, from));
        to.queued += cost;
    }

    /** One datagram, or with merged-datagrams every queued one of the same sender, joined. */
    public ModelSocket.Packet receivePacket(ModelSocket s) {
        ModelSocket.Packet first = s.queue.pollFirst();
        s.queued -= first.data().length + OVERHEAD;
        if (!faults.has(Fault.MERGED_DATAGRAMS) || s.type == SocketType.RAW) {
            return first;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(first.data());
        while (!s.queue.isEmpty() && java.util.Objects.equals(s.queue.peekFirst().from(), first.from())) {
            ModelSocket.Packet next = s.queue.pollFirst();
            s.queued -= next.data().length + OVERHEAD;
            joined.writeBytes(next.data());
        }
        return new ModelSocket.Packet(joined.toByteArray(), first.from());
    }

    // ---- the raw layer ----

    /**
     * sendto(2) on a raw socket: with IP_HDRINCL the caller's header goes out as built (completed as
     * raw(7) says), else the model builds one for the socket's protocol. An ICMP echo request to
     * loopback is answered by the model's ICMP, whose reply raw ICMP sockets see too.
     */
    public void sendRaw(ModelSocket s, byte[] data, String op) {
        if (s.headerIncluded) {
            if (data.length < Ipv4.HEADER || (data[0] & 0xf0) != 0x40) {
                throw SocketErrno.EINVAL.exception(op + " (IP_HDRINCL needs an IPv4 header of at least 20 bytes)");
            }
            byte[] packet = Ipv4.completeHeader(data, nextPacketId++);
            toRaw(packet[9] & 0xff, packet);
            return;
        }
        toRaw(s.protocol, Ipv4.packet(nextPacketId++, s.protocol, data));
        if (s.protocol == Ipv4.ICMP) {
            byte[] reply = Ipv4.echoReply(data);
            if (reply != null) {
                toRaw(Ipv4.ICMP, Ipv4.packet(nextPacketId++, Ipv4.ICMP, reply));
            }
        }
    }

    private boolean hasRaw(int protocol) {
        return raw.stream().anyMatch(r -> !r.closed && r.protocol == protocol);
    }

    private void toRaw(int protocol, byte[] packet) {
        byte[] seen = faults.has(Fault.RAW_WITHOUT_HEADER) ? Arrays.copyOfRange(packet, Ipv4.HEADER, packet.length) : packet;
        for (ModelSocket r : raw) {
            if (!r.closed && r.protocol == protocol) {
                queue(r, seen.clone(), SocketAddress.loopback(0), true);
            }
        }
    }

    // ---- options ----

    /** SO_RCVBUF / SO_SNDBUF as Linux keeps them: doubled for the kernel's bookkeeping, never below the minimum. */
    public static int bufferSize(int asked) {
        return Math.max(MIN_BUFFER, asked * 2);
    }

    // ---- close(2) ----

    /** The last descriptor closed: the port or name is free again, the peer reads end-of-stream. */
    public void close(ModelSocket s) {
        s.closed = true;
        if (s.local != null && s.domain == Domain.INET) {
            Map<Integer, ModelSocket> table = s.type == SocketType.STREAM ? tcp : udp;
            table.remove(s.local.port(), s);
        }
        unix.values().remove(s);
        raw.remove(s);
        if (s.peer != null) {
            s.peer.peerDone = true;
        }
        for (ModelSocket waiting : s.pending) {
            waiting.closed = true;
            if (waiting.peer != null) {
                waiting.peer.peerDone = true;
            }
        }
        s.pending.clear();
    }
}
