package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §7: a raw socket reaches IP and ICMP directly. A raw socket sees every packet of its
 * protocol on the host, so the specs pick theirs out by a random identifier and a marked payload.
 */
class RawAccessSpec {
    /** Packets of other traffic a spec skips before it gives up on its own. */
    static final int PATIENCE = 256;

    @Property("SOCK-RAW-ACCESS")
    @Requires(Feature.RAW_SOCKETS)
    void anIcmpEchoToLoopbackComesBackWithItsIpHeader(Sandbox box, Evidence evidence) {
        Privilege.requirePrivilegedSelf(box);
        SocketCalls me = box.self().sockets();
        Handle raw = me.socket(Domain.INET, SocketType.RAW, Protocols.ICMP);
        int id = ThreadLocalRandom.current().nextInt(1, 0x10000);
        byte[] data = marker("echo");
        me.sendTo(raw, Packets.icmpEchoRequest(id, 1, data), SocketAddress.loopback(0));

        for (int i = 0; i < PATIENCE; i++) {
            byte[] packet = me.receiveFrom(raw, 65536).data();
            Packets.Ipv4 ip = Packets.ipv4(packet);
            assertThat(ip.version()).as("IP version at the start of packet #%d the raw ICMP socket received: %s", i + 1,
                    Packets.hex(packet, 28)).isEqualTo(4);
            byte[] icmp = ip.payload();
            if (ip.protocol() != Protocols.ICMP || icmp.length < 8 || Packets.u16(icmp, 4) != id
                    || icmp[0] != Packets.ICMP_ECHO_REPLY) {
                continue; // someone else's ICMP, or our own request seen on its way in
            }
            evidence.record("echo reply", Packets.hex(packet, 28));
            evidence.record("IPv4 header", ip);
            assertThat(ip.version()).as("IP version in the first byte of what the raw socket received").isEqualTo(4);
            assertThat(ip.headerLength()).as("IPv4 header length").isGreaterThanOrEqualTo(Packets.IPV4_HEADER);
            assertThat(ip.checksumValid()).as("IPv4 header checksum of the reply").isTrue();
            assertThat(ip.source()).as("source of the echo reply").isEqualTo(SocketAddress.LOOPBACK);
            assertThat(ip.totalLength()).as("IPv4 total length").isEqualTo(packet.length);
            assertThat(Packets.checksum(icmp, 0, icmp.length)).as("ICMP checksum of the reply").isZero();
            assertThat(Arrays.copyOfRange(icmp, 8, icmp.length)).as("echoed data").isEqualTo(data);
            return;
        }
        throw new AssertionError("no ICMP echo reply with id " + id + " among " + PATIENCE + " ICMP packets received");
    }

    @Property("SOCK-RAW-ACCESS")
    @Requires(Feature.RAW_SOCKETS)
    void aHandBuiltIpHeaderIsReceivedAsBuilt(Sandbox box, Evidence evidence) {
        Privilege.requirePrivilegedSelf(box);
        SocketCalls me = box.self().sockets();
        Handle receiver = me.socket(Domain.INET, SocketType.RAW, Packets.EXPERIMENTAL_PROTOCOL);
        Handle sender = me.socket(Domain.INET, SocketType.RAW, Packets.EXPERIMENTAL_PROTOCOL);
        me.setOption(sender, SocketOption.IP_HDRINCL, 1);
        assertThat(me.getOption(sender, SocketOption.IP_HDRINCL)).as("IP_HDRINCL after setting it").isEqualTo(1);

        int id = ThreadLocalRandom.current().nextInt(1, 0x10000);
        int ttl = 77;
        byte[] payload = marker("hdrincl");
        byte[] built = Packets.ipv4Packet(id, ttl, Packets.EXPERIMENTAL_PROTOCOL, payload);
        evidence.record("built", Packets.hex(built, 20));
        me.sendTo(sender, built, SocketAddress.loopback(0));

        for (int i = 0; i < PATIENCE; i++) {
            byte[] packet = me.receiveFrom(receiver, 65536).data();
            Packets.Ipv4 ip = Packets.ipv4(packet);
            assertThat(ip.version()).as("IP version at the start of packet #%d the raw socket received: %s", i + 1,
                    Packets.hex(packet, 28)).isEqualTo(4);
            if (!Arrays.equals(ip.payload(), payload)) {
                continue;
            }
            evidence.record("received", Packets.hex(packet, 20));
            assertThat(ip.version()).as("version as built").isEqualTo(4);
            assertThat(ip.protocol()).as("protocol as built").isEqualTo(Packets.EXPERIMENTAL_PROTOCOL);
            assertThat(ip.ttl()).as("TTL as built").isEqualTo(ttl);
            assertThat(ip.id()).as("identification as built").isEqualTo(id);
            assertThat(ip.source()).as("source as built").isEqualTo(SocketAddress.LOOPBACK);
            assertThat(ip.destination()).as("destination as built").isEqualTo(SocketAddress.LOOPBACK);
            assertThat(ip.totalLength()).as("total length").isEqualTo(built.length);
            assertThat(ip.checksumValid()).as("header checksum, left 0 by the sender and filled in on the way").isTrue();
            return;
        }
        throw new AssertionError("the hand-built packet (id " + id + ") was not among " + PATIENCE
                + " packets of protocol " + Packets.EXPERIMENTAL_PROTOCOL + " received");
    }

    @Property("SOCK-RAW-ACCESS")
    @Requires({Feature.RAW_SOCKETS, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void anUnprivilegedProcessIsRefusedARawSocket(Sandbox box, Evidence evidence) {
        Proc nobody = Privilege.unprivilegedChild(box);
        evidence.record("unprivileged raw socket", Errors.assertFailsWith(IpcError.NOT_PERMITTED,
                "socket(INET, RAW, ICMP) in the unprivileged " + nobody.name(),
                () -> nobody.sockets().socket(Domain.INET, SocketType.RAW, Protocols.ICMP)).rawCode());
    }

    /** A payload no other traffic carries. */
    static byte[] marker(String what) {
        return ("ipc-conformance " + what + " " + Long.toHexString(ThreadLocalRandom.current().nextLong()))
                .getBytes(StandardCharsets.US_ASCII);
    }
}
