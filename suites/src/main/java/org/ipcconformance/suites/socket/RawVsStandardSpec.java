package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §7: a stream socket reads only TCP data and a datagram socket only UDP data, while a raw
 * socket of the same protocol sees the packets with their IP and transport headers.
 */
class RawVsStandardSpec {
    private static final int UDP_HEADER = 8;

    @Property("SOCK-RAW-VS-STANDARD")
    @Requires({Feature.INET_STREAM_SOCKETS, Feature.RAW_SOCKETS})
    void tcpGivesOnlyThePayloadWhileARawSocketSeesTheHeaders(Sandbox box, Evidence evidence) {
        Privilege.requirePrivilegedSelf(box);
        SocketCalls me = box.self().sockets();
        Handle raw = me.socket(Domain.INET, SocketType.RAW, Protocols.TCP);
        Handle listener = me.socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        SocketAddress server = me.bind(listener, SocketAddress.loopback(0));
        me.listen(listener, 1);
        Handle client = me.socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        SocketAddress from = me.bind(client, SocketAddress.loopback(0));
        me.connect(client, server);
        Handle accepted = me.accept(listener);

        byte[] payload = RawAccessSpec.marker("tcp");
        me.send(client, payload);
        byte[] got = Connections.receiveFully(box.self(), accepted, payload.length, new int[1]);
        evidence.record("stream socket received", Packets.hex(got, 48));
        assertThat(got).as("what the stream socket received: the payload and nothing else").isEqualTo(payload);

        for (int i = 0; i < RawAccessSpec.PATIENCE; i++) {
            byte[] packet = me.receiveFrom(raw, 65536).data();
            Packets.Ipv4 ip = Packets.ipv4(packet);
            assertThat(ip.version()).as("IP version at the start of packet #%d the raw socket received: %s", i + 1,
                    Packets.hex(packet, 28)).isEqualTo(4);
            byte[] tcp = ip.payload();
            if (ip.protocol() != Protocols.TCP || tcp.length < 20 || Packets.u16(tcp, 0) != from.port()
                    || Packets.u16(tcp, 2) != server.port() || !Packets.endsWith(tcp, payload)) {
                continue; // the handshake, acknowledgements, other connections
            }
            int headerLength = ((tcp[12] & 0xff) >> 4) * 4;
            evidence.record("raw socket received", ip + "; TCP header of " + headerLength + " bytes: " + Packets.hex(tcp, headerLength));
            assertThat(headerLength).as("TCP data offset").isGreaterThanOrEqualTo(20);
            assertThat(Arrays.copyOfRange(tcp, headerLength, tcp.length)).as("what follows the TCP header").isEqualTo(payload);
            return;
        }
        throw new AssertionError("no TCP segment " + from.port() + " -> " + server.port() + " carrying the payload among "
                + RawAccessSpec.PATIENCE + " TCP packets the raw socket received");
    }

    @Property("SOCK-RAW-VS-STANDARD")
    @Requires({Feature.INET_DATAGRAM_SOCKETS, Feature.RAW_SOCKETS})
    void udpGivesOnlyThePayloadWhileARawSocketSeesTheHeaders(Sandbox box, Evidence evidence) {
        Privilege.requirePrivilegedSelf(box);
        SocketCalls me = box.self().sockets();
        Handle raw = me.socket(Domain.INET, SocketType.RAW, Protocols.UDP);
        Handle receiver = me.socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress to = me.bind(receiver, SocketAddress.loopback(0));
        Handle sender = me.socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress from = me.bind(sender, SocketAddress.loopback(0));

        byte[] payload = RawAccessSpec.marker("udp");
        me.sendTo(sender, payload, to);
        byte[] got = me.receiveFrom(receiver, 65536).data();
        evidence.record("datagram socket received", Packets.hex(got, 48));
        assertThat(got).as("what the datagram socket received: the payload and nothing else").isEqualTo(payload);

        for (int i = 0; i < RawAccessSpec.PATIENCE; i++) {
            byte[] packet = me.receiveFrom(raw, 65536).data();
            Packets.Ipv4 ip = Packets.ipv4(packet);
            assertThat(ip.version()).as("IP version at the start of packet #%d the raw socket received: %s", i + 1,
                    Packets.hex(packet, 28)).isEqualTo(4);
            byte[] udp = ip.payload();
            if (ip.protocol() != Protocols.UDP || udp.length < UDP_HEADER || Packets.u16(udp, 0) != from.port()
                    || Packets.u16(udp, 2) != to.port()) {
                continue;
            }
            evidence.record("raw socket received", ip + "; UDP header " + Packets.hex(udp, UDP_HEADER));
            assertThat(Packets.u16(udp, 4)).as("UDP length field").isEqualTo(UDP_HEADER + payload.length);
            assertThat(Arrays.copyOfRange(udp, UDP_HEADER, udp.length)).as("what follows the UDP header").isEqualTo(payload);
            return;
        }
        throw new AssertionError("no UDP datagram " + from.port() + " -> " + to.port() + " among "
                + RawAccessSpec.PATIENCE + " UDP packets the raw socket received");
    }
}
