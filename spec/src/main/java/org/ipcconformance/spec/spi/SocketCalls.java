package org.ipcconformance.spec.spi;

import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.Pattern;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

import java.util.List;

import org.apiguardian.api.API;

/**
 * Sockets operated by one process ({@link Facet#SOCKETS}; the feature of each domain and type is checked by the harness), each call one call of the primitive
 * in that process. Handles are this process's descriptors (a child may inherit them like pipe
 * ends). Internet traffic goes to loopback only; specs bind port 0 and never a fixed port.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SocketCalls {

    /** socket(2); a refused combination fails with ADDRESS_FAMILY_NOT_SUPPORTED, PROTOCOL_NOT_SUPPORTED or WRONG_PROTOCOL_TYPE. */
    Handle socket(Domain domain, SocketType type, int protocol);

    /**
     * socketpair(2): two sockets connected to each other, without a name; a refused combination
     * fails as socket(2) would, or with NOT_SUPPORTED (EOPNOTSUPP) for a domain that has no pairs.
     */
    SocketPair socketPair(Domain domain, SocketType type, int protocol);

    /** bind(2), then getsockname(2): returns the address bound (the ephemeral port chosen for port 0). */
    SocketAddress bind(Handle socket, SocketAddress address);

    void listen(Handle socket, int backlog);

    /** accept(2): this process's handle on the new connection. */
    Handle accept(Handle socket);

    void connect(Handle socket, SocketAddress address);

    /** One send(2); returns the count sent. */
    int send(Handle socket, byte[] data);

    /** One sendto(2). */
    int sendTo(Handle socket, byte[] data, SocketAddress to);

    /** One recv(2) of at most {@code max} bytes; empty at end-of-stream. */
    byte[] receive(Handle socket, int max);

    /** One recvfrom(2) of at most {@code max} bytes. */
    Datagram receiveFrom(Handle socket, int max);

    void setOption(Handle socket, SocketOption option, int value);

    int getOption(Handle socket, SocketOption option);

    /** shutdown(SHUT_WR): the peer then reads end-of-stream. */
    void shutdownOutput(Handle socket);

    /**
     * close(2) of this process's copy of the socket descriptor; the socket itself goes with the
     * last copy in any process (a listener stops accepting, a bound AF_UNIX node stays).
     */
    void close(Handle socket);

    /**
     * Sends {@code total} bytes of {@link Pattern} with {@code seed} in sends of at most
     * {@code chunk} bytes, inside this process; returns how many send calls it took.
     */
    long sendPattern(Handle socket, long total, int seed, int chunk);

    /** Receives until {@code total} bytes or end-of-stream, checking each byte against {@link Pattern}. */
    PatternCheck receivePattern(Handle socket, long total, int seed);

    /**
     * Sends {@code count} datagrams of {@code size} bytes to {@code to}, as fast as this process
     * can, each starting with its sequence number (8 bytes, big-endian, from 0); returns how many
     * were sent (a send refused for lack of buffer counts as not sent).
     */
    int sendNumbered(Handle socket, SocketAddress to, int count, int size);

    /**
     * Receives without waiting until nothing more is queued; returns the sequence numbers of the
     * datagrams received, in arrival order.
     */
    List<Long> receiveNumbered(Handle socket);

    /** Whether this process may open raw sockets and bind privileged ports (root or CAP_NET_RAW and CAP_NET_BIND_SERVICE). */
    boolean privileged();

    /** The first port an unprivileged process may bind (Linux net.ipv4.ip_unprivileged_port_start; 1024 elsewhere). */
    int unprivilegedPortStart();
}
