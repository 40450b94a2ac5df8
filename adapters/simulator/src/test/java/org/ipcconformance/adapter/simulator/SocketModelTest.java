package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipcconformance.adapter.simulator.kernel.socket.Ipv4;
import org.ipcconformance.adapter.simulator.kernel.socket.Network;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.junit.jupiter.api.Test;

/** The clean model's loopback network, seen through the SPI. */
class SocketModelTest extends ModelTestSupport {

    @Test
    void ephemeralPortsAreTakenInOrderAndFreedByTheLastClose() {
        try (Sandbox box = sandbox()) {
            SocketCalls me = box.self().sockets();
            Handle a = me.socket(Domain.INET, SocketType.DATAGRAM, 0);
            Handle b = me.socket(Domain.INET, SocketType.DATAGRAM, 0);
            int port = me.bind(a, SocketAddress.loopback(0)).port();
            assertThat(port).isEqualTo(Network.EPHEMERAL_FIRST);
            assertThat(errorOf(() -> me.bind(b, SocketAddress.loopback(port)))).isEqualTo(IpcError.ADDRESS_IN_USE);
            Proc child = box.self().spawnChild(ChildOptions.inheriting(a));
            me.close(a);
            assertThat(errorOf(() -> me.bind(b, SocketAddress.loopback(port)))).as("the child still holds it")
                    .isEqualTo(IpcError.ADDRESS_IN_USE);
            child.sockets().close(a);
            assertThat(me.bind(b, SocketAddress.loopback(port)).port()).isEqualTo(port);
        }
    }

    @Test
    void aStreamSendWaitsForRoomAndAcceptWaitsForAConnection() {
        try (Sandbox box = sandbox()) {
            SocketCalls me = box.self().sockets();
            Handle listener = me.socket(Domain.INET, SocketType.STREAM, 0);
            SocketAddress at = me.bind(listener, SocketAddress.loopback(0));
            me.listen(listener, 1);
            Proc peer = box.self().spawnUnrelated();
            Pending<Handle> accepted = box.self().async("accept", p -> p.sockets().accept(listener));
            assertBlocked(box.self(), accepted);
            Handle client = peer.sockets().socket(Domain.INET, SocketType.STREAM, 0);
            peer.sockets().connect(client, at);
            Handle server = accepted.await();
            Pending<Long> send = peer.async("send too much", p -> p.sockets().sendPattern(client, 3L << 20, 0, 65536));
            assertBlocked(peer, send);
            assertThat(me.receivePattern(server, 3L << 20, 0).firstMismatch()).isEqualTo(-1);
            assertThat(send.await()).isEqualTo(48);
        }
    }

    @Test
    void aBoundPathIsASocketNodeThatStaysUntilUnlinked() {
        try (Sandbox box = sandbox()) {
            Path path = box.directory().resolve("s");
            SocketCalls me = box.self().sockets();
            Handle s = me.socket(Domain.UNIX, SocketType.DATAGRAM, 0);
            me.bind(s, SocketAddress.unix(path));
            assertThat(box.self().files().stat(path).type()).isEqualTo(FileType.SOCKET);
            assertThat(errorOf(() -> box.self().files().open(path, org.ipcconformance.spec.spi.OpenMode.READ, true)))
                    .isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
            me.close(s);
            assertThat(box.self().files().list(box.directory())).containsExactly("s");
            box.self().files().unlink(path);
            assertThat(box.self().files().list(box.directory())).isEmpty();
        }
    }

    @Test
    void theRawLayerAnswersAnEchoRequestWithAValidReply() {
        try (Sandbox box = sandbox()) {
            SocketCalls me = box.self().sockets();
            Handle raw = me.socket(Domain.INET, SocketType.RAW, Ipv4.ICMP);
            byte[] request = {8, 0, 0, 0, 0, 7, 0, 1, 'h', 'i'};
            int sum = Ipv4.checksum(request, 0, request.length);
            request[2] = (byte) (sum >> 8);
            request[3] = (byte) sum;
            me.sendTo(raw, request, SocketAddress.loopback(0));
            byte[] seenRequest = me.receiveFrom(raw, 1500).data();
            byte[] reply = me.receiveFrom(raw, 1500).data();
            assertThat(seenRequest[Ipv4.HEADER]).isEqualTo((byte) 8);
            assertThat(reply[Ipv4.HEADER]).isEqualTo((byte) 0);
            assertThat(Ipv4.checksum(reply, 0, Ipv4.HEADER)).as("IP header checksum").isZero();
            assertThat(Ipv4.checksum(reply, Ipv4.HEADER, reply.length - Ipv4.HEADER)).as("ICMP checksum").isZero();

            request[9] = 'X'; // now the checksum is wrong: the model's ICMP drops it, no reply
            me.sendTo(raw, request, SocketAddress.loopback(0));
            me.receiveFrom(raw, 1500);
            Pending<?> none = box.self().async("receive a reply that never comes", p -> p.sockets().receiveFrom(raw, 1500));
            assertBlocked(box.self(), none);
        }
    }

    @Test
    void anUnprivilegedChildGetsNeitherRawSocketsNorLowPorts() {
        try (Sandbox box = sandbox()) {
            Proc nobody = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
            assertThat(box.self().sockets().privileged()).isTrue();
            assertThat(nobody.sockets().privileged()).isFalse();
            assertThat(errorOf(() -> nobody.sockets().socket(Domain.INET, SocketType.RAW, 1))).isEqualTo(IpcError.NOT_PERMITTED);
            Handle s = nobody.sockets().socket(Domain.INET, SocketType.STREAM, 0);
            assertThat(errorOf(() -> nobody.sockets().bind(s, SocketAddress.loopback(80)))).isEqualTo(IpcError.ACCESS_DENIED);
        }
    }
}
