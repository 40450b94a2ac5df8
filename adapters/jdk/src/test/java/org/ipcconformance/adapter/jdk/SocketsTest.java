package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.adapter.jdk.io.PatternBytes;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Pattern;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sockets through SocketChannel, ServerSocketChannel and DatagramChannel, between the harness and child JVMs. */
@Timeout(60)
class SocketsTest extends SandboxFixture {

    @Test
    void aTcpStreamCarriesAPatternBothWaysBetweenTwoJvms() {
        Proc child = box.self().spawnUnrelated();
        SocketCalls server = child.sockets();
        Handle listening = server.socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        SocketAddress address = server.bind(listening, SocketAddress.loopback(0));
        assertThat(address.port()).isBetween(1, 65535);
        server.listen(listening, 4);
        SocketCalls self = box.self().sockets();
        Handle client = self.socket(Domain.INET, SocketType.STREAM, Protocols.TCP);
        self.connect(client, address);
        Handle accepted = server.accept(listening);

        long total = 3_000_000;
        Pending<PatternCheck> receiving = child.async("receive", p -> p.sockets().receivePattern(accepted, total, 5));
        long sends = self.sendPattern(client, total, 5, 65_536);
        PatternCheck check = receiving.await();
        assertThat(check.received()).isEqualTo(total);
        assertThat(check.firstMismatch()).isEqualTo(-1);
        assertThat(sends).isGreaterThanOrEqualTo(total / 65_536);

        Pending<Long> sending = child.async("send", p -> p.sockets().sendPattern(accepted, 100_000, 9, 1000));
        PatternCheck back = self.receivePattern(client, 100_000, 9);
        assertThat(sending.await()).isEqualTo(100);
        assertThat(back).isEqualTo(new PatternCheck(100_000, -1, back.reads()));
        child.sockets().shutdownOutput(accepted);
        assertThat(self.receive(client, 10)).isEmpty();
    }

    @Test
    void aUnixSocketIsASocketNodeThatAPeerConnectsToByPath() {
        Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "unix"));
        Path path = other.directory().resolve("s.sock");
        SocketCalls self = other.self().sockets();
        Handle listening = self.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        assertThat(self.bind(listening, SocketAddress.unix(path))).isEqualTo(SocketAddress.unix(path));
        assertThat(other.self().files().stat(path).type()).isEqualTo(FileType.SOCKET);
        assertThat(other.self().files().stat(path).permissions()).as("mode of the node after bind").isEqualTo(0600);
        self.listen(listening, 1);
        assertThat(other.self().files().stat(path).type()).isEqualTo(FileType.SOCKET);
        assertThat(other.self().files().stat(path).permissions()).as("mode of the node after listen").isEqualTo(0600);
        Proc child = other.self().spawnUnrelated();
        Handle client = child.sockets().socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        child.sockets().connect(client, SocketAddress.unix(path));
        Handle accepted = self.accept(listening);
        assertThat(child.sockets().send(client, bytes("over unix"))).isEqualTo(9);
        assertThat(self.receive(accepted, 100)).isEqualTo(bytes("over unix"));
        other.close();
        assertThat(path).doesNotExist();
    }

    @Test
    void udpKeepsMessageBoundariesAndSaysWhenOneWasCut() {
        SocketCalls self = box.self().sockets();
        Handle receiver = self.socket(Domain.INET, SocketType.DATAGRAM, Protocols.UDP);
        SocketAddress to = self.bind(receiver, SocketAddress.loopback(0));
        Proc child = box.self().spawnUnrelated();
        Handle sender = child.sockets().socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress from = child.sockets().bind(sender, SocketAddress.loopback(0));
        child.sockets().sendTo(sender, bytes("one"), to);
        child.sockets().sendTo(sender, bytes("two!"), to);
        child.sockets().sendTo(sender, bytes("three"), to);
        Datagram first = self.receiveFrom(receiver, 100);
        assertThat(first.data()).isEqualTo(bytes("one"));
        assertThat(first.from()).isEqualTo(from);
        assertThat(first.truncated()).isFalse();
        assertThat(self.receive(receiver, 100)).isEqualTo(bytes("two!"));
        Datagram cut = self.receiveFrom(receiver, 2);
        assertThat(cut.data()).isEqualTo(bytes("th"));
        assertThat(cut.truncated()).isTrue();
        assertThatThrownBy(() -> child.sockets().sendTo(sender, new byte[70_000], to))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.MESSAGE_TOO_BIG));
    }

    @Test
    void numberedDatagramsAreCountedOnArrival() {
        SocketCalls self = box.self().sockets();
        Handle receiver = self.socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        SocketAddress to = self.bind(receiver, SocketAddress.loopback(0));
        Proc child = box.self().spawnUnrelated();
        Handle sender = child.sockets().socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        int sent = child.sockets().sendNumbered(sender, to, 50, 64);
        List<Long> got = self.receiveNumbered(receiver);
        assertThat(sent).isEqualTo(50);
        assertThat(got).isNotEmpty().allSatisfy(seq -> assertThat(seq).isBetween(0L, 49L));
    }

    @Test
    void aTakenAddressAndAnAbsentListenerAreTheSystemsErrors() {
        Proc child = box.self().spawnUnrelated();
        Handle a = child.sockets().socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        SocketAddress bound = child.sockets().bind(a, SocketAddress.loopback(0));
        Handle b = box.self().sockets().socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        assertThatThrownBy(() -> box.self().sockets().bind(b, bound))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.ADDRESS_IN_USE));
        child.sockets().close(a);
        Handle c = box.self().sockets().socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        assertThatThrownBy(() -> box.self().sockets().connect(c, bound))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.CONNECTION_REFUSED));
        Handle d = child.sockets().socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        assertThatThrownBy(() -> child.sockets().connect(d, SocketAddress.unix(box.directory().resolve("none"))))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_FILE));
    }

    @Test
    void optionsAreTheChannelsOwn() {
        Proc child = box.self().spawnUnrelated();
        Handle s = child.sockets().socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        child.sockets().setOption(s, SocketOption.SO_RCVBUF, 65_536);
        assertThat(child.sockets().getOption(s, SocketOption.SO_RCVBUF)).isGreaterThanOrEqualTo(65_536);
        child.sockets().setOption(s, SocketOption.SO_REUSEADDR, 1);
        assertThat(child.sockets().getOption(s, SocketOption.SO_REUSEADDR)).isEqualTo(1);
        assertThat(child.sockets().privileged()).isEqualTo(box.self().sockets().privileged());
        Path sysctl = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        int expected = java.nio.file.Files.isReadable(sysctl) ? Integer.parseInt(readLine(sysctl)) : 1024;
        assertThat(child.sockets().unprivilegedPortStart()).isEqualTo(expected);
        assertThat(box.self().sockets().unprivilegedPortStart()).isEqualTo(expected);
    }

    private static String readLine(Path file) {
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(file)) {
            return r.readLine().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whatNoJdkChannelIsIsNotApplicable() {
        SocketCalls self = box.self().sockets();
        assertThatThrownBy(() -> self.socket(Domain.UNIX, SocketType.DATAGRAM, 0))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.UNIX_DATAGRAM_SOCKETS));
        assertThatThrownBy(() -> self.socket(Domain.INET, SocketType.RAW, Protocols.ICMP))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.RAW_SOCKETS));
        assertThatThrownBy(() -> self.socket(Domain.INET, SocketType.STREAM, Protocols.UDP))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.INET_STREAM_SOCKETS));
        Handle s = self.socket(Domain.INET, SocketType.DATAGRAM, 0);
        assertThatThrownBy(() -> self.setOption(s, SocketOption.IP_HDRINCL, 1)).isInstanceOf(FeatureMissingException.class);
        assertThatThrownBy(() -> box.self().spawnChild(org.ipcconformance.spec.spi.ChildOptions.inheriting().withoutPrivileges()))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.UNPRIVILEGED_CHILD));
    }

    @Test
    void theChildsPatternIsTheSpisPattern() {
        for (int seed : new int[] {0, 1, 5, 250, 1000}) {
            for (long offset = 0; offset < 10_000; offset += 7) {
                assertThat(PatternBytes.byteAt(offset, seed)).isEqualTo(Pattern.byteAt(offset, seed));
            }
            PatternBytes pattern = new PatternBytes(seed, 1000);
            byte[] block = new byte[1000];
            pattern.fill(block, 1000, 123_456_789L);
            assertThat(block).isEqualTo(Pattern.bytes(123_456_789L, 1000, seed));
            assertThat(pattern.mismatch(block, 1000, 123_456_789L)).isEqualTo(-1);
            block[517]++;
            assertThat(pattern.mismatch(block, 1000, 123_456_789L)).isEqualTo(517);
        }
    }
}
