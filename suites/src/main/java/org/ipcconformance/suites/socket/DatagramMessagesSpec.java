package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Bytes;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §7: a datagram socket needs no connection, each send is one separate message, and the
 * length of a message is limited. The sender never connects: every sendto names its receiver.
 */
class DatagramMessagesSpec {
    /** 65535 minus the IPv4 header (20) and the UDP header (8). */
    private static final int UDP_LIMIT = 65_507;
    private static final int[] SIZES = {1, 100, 1000};

    @Property("SOCK-DGRAM-MESSAGES")
    @Requires({Feature.INET_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS})
    void udpKeepsEachSendAsOneMessage(Sandbox box, Evidence evidence) {
        Pair p = pair(box, Domain.INET);
        messagesKeepTheirBoundaries(box, p, evidence);
        // The largest UDP message arrives whole; one byte more is refused.
        byte[] largest = Bytes.pattern(UDP_LIMIT);
        assertThat(p.its.sendTo(p.sender, largest, p.to)).as("sendto of %d bytes", UDP_LIMIT).isEqualTo(UDP_LIMIT);
        assertThat(box.self().sockets().receiveFrom(p.receiver, UDP_LIMIT + 1).data())
                .as("the %d-byte message as received", UDP_LIMIT).isEqualTo(largest);
        evidence.record("UDP over the limit", Errors.assertFailsWith(IpcError.MESSAGE_TOO_BIG,
                "sendto of " + (UDP_LIMIT + 1) + " bytes over UDP",
                () -> p.its.sendTo(p.sender, new byte[UDP_LIMIT + 1], p.to)).rawCode());
    }

    @Property("SOCK-DGRAM-MESSAGES")
    @Requires({Feature.UNIX_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS})
    void unixDatagramsKeepEachSendAsOneMessage(Sandbox box, Evidence evidence) {
        Pair p = pair(box, Domain.UNIX);
        messagesKeepTheirBoundaries(box, p, evidence);
        // An AF_UNIX datagram must fit in the sender's buffer (unix(7)).
        int sendBuffer = p.its.getOption(p.sender, SocketOption.SO_SNDBUF);
        evidence.record("AF_UNIX SO_SNDBUF", sendBuffer);
        evidence.record("AF_UNIX over the limit", Errors.assertFailsWith(IpcError.MESSAGE_TOO_BIG,
                "sendto of " + (sendBuffer + 1) + " bytes, more than the sender's SO_SNDBUF",
                () -> p.its.sendTo(p.sender, new byte[sendBuffer + 1], p.to)).rawCode());
    }

    /** Receiver in self, sender in an unrelated process; both bound so that the sender's address can be checked. */
    private record Pair(Handle receiver, SocketAddress to, Proc peer, SocketCalls its, Handle sender, SocketAddress from) {
    }

    private static Pair pair(Sandbox box, Domain domain) {
        SocketCalls me = box.self().sockets();
        Handle receiver = me.socket(domain, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress to = me.bind(receiver, Connections.address(box, domain, "receiver.sock"));
        Proc peer = box.self().spawnUnrelated();
        SocketCalls its = peer.sockets();
        Handle sender = its.socket(domain, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress from = its.bind(sender, Connections.address(box, domain, "sender.sock"));
        return new Pair(receiver, to, peer, its, sender, from);
    }

    private static void messagesKeepTheirBoundaries(Sandbox box, Pair p, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        for (int size : SIZES) {
            p.its.sendTo(p.sender, Bytes.filled(size, (char) ('a' + size % 26)), p.to);
        }
        StringBuilder seen = new StringBuilder();
        for (int size : SIZES) {
            Datagram d = me.receiveFrom(p.receiver, 65536);
            seen.append(d.data().length).append(' ');
            assertThat(d.data()).as("receive after %s sent messages of %s bytes", p.peer.name(), java.util.Arrays.toString(SIZES))
                    .isEqualTo(Bytes.filled(size, (char) ('a' + size % 26)));
            assertThat(d.truncated()).as("truncated flag of a whole message").isFalse();
            assertThat(d.from()).as("sender's address").isEqualTo(p.from);
        }
        evidence.record(p.to.domain() + " messages", "sent " + java.util.Arrays.toString(SIZES) + ", received " + seen.toString().strip());

        // A short buffer takes the head of one message; the rest is discarded, not left for the next receive.
        p.its.sendTo(p.sender, Bytes.filled(100, 'x'), p.to);
        p.its.sendTo(p.sender, Bytes.bytes("next"), p.to);
        Datagram head = me.receiveFrom(p.receiver, 10);
        assertThat(head.data()).as("a 10-byte receive of a 100-byte message").isEqualTo(Bytes.filled(10, 'x'));
        assertThat(head.truncated()).as("MSG_TRUNC on that receive").isTrue();
        assertThat(me.receiveFrom(p.receiver, 65536).data()).as("the receive after a truncated one")
                .asString().isEqualTo("next");
    }
}
