package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.junit.jupiter.api.Test;

/** One test per planted socket fault: the deviation it plants, seen through the SPI. */
class SocketFaultDeviationTest extends ModelTestSupport {

    @Test
    void uncheckedProtocol() {
        try (Sandbox box = sandbox("unchecked-protocol")) {
            box.self().sockets().socket(Domain.INET, SocketType.STREAM, 17);
        }
    }

    @Test
    void unixBindWithoutNode() {
        try (Sandbox box = sandbox("unix-bind-without-node")) {
            Path path = box.directory().resolve("s");
            Handle s = box.self().sockets().socket(Domain.UNIX, SocketType.STREAM, 0);
            box.self().sockets().bind(s, SocketAddress.unix(path));
            assertThat(errorOf(() -> box.self().files().stat(path))).isEqualTo(IpcError.NO_SUCH_FILE);
        }
    }

    @Test
    void ephemeralPortZero() {
        try (Sandbox box = sandbox("ephemeral-port-zero")) {
            Handle s = box.self().sockets().socket(Domain.INET, SocketType.DATAGRAM, 0);
            assertThat(box.self().sockets().bind(s, SocketAddress.loopback(0)).port()).isZero();
        }
    }

    @Test
    void lowPortsOpen() {
        try (Sandbox box = sandbox("low-ports-open")) {
            Proc nobody = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
            Handle s = nobody.sockets().socket(Domain.INET, SocketType.STREAM, 0);
            assertThat(nobody.sockets().bind(s, SocketAddress.loopback(80)).port()).isEqualTo(80);
        }
    }

    @Test
    void lossyStream() {
        try (Sandbox box = sandbox("lossy-stream")) {
            Handle[] pair = unixStream(box);
            SocketCalls me = box.self().sockets();
            me.send(pair[0], new byte[1 << 20]);
            assertThat(me.receivePattern(pair[1], 1 << 20, 0).received()).isEqualTo(1 << 20);
            me.send(pair[0], bytes("xy")); // the byte at 1 MiB is lost
            me.shutdownOutput(pair[0]);
            assertThat(text(me.receive(pair[1], 16))).isEqualTo("y");
        }
    }

    @Test
    void streamKeepsBoundaries() {
        try (Sandbox box = sandbox("stream-keeps-boundaries")) {
            Handle[] pair = unixStream(box);
            SocketCalls me = box.self().sockets();
            me.send(pair[0], bytes("ab"));
            me.send(pair[0], bytes("cd"));
            assertThat(text(me.receive(pair[1], 16))).isEqualTo("ab");
        }
    }

    @Test
    void mergedDatagrams() {
        try (Sandbox box = sandbox("merged-datagrams")) {
            Handle[] d = udpPair(box);
            SocketAddress to = box.self().sockets().bind(d[1], SocketAddress.loopback(0));
            box.self().sockets().sendTo(d[0], bytes("ab"), to);
            box.self().sockets().sendTo(d[0], bytes("cd"), to);
            assertThat(text(box.self().sockets().receiveFrom(d[1], 16).data())).isEqualTo("abcd");
        }
    }

    @Test
    void noEmsgsize() {
        try (Sandbox box = sandbox("no-emsgsize")) {
            Handle[] d = udpPair(box);
            SocketAddress to = box.self().sockets().bind(d[1], SocketAddress.loopback(0));
            assertThat(box.self().sockets().sendTo(d[0], new byte[70_000], to)).isEqualTo(70_000);
        }
    }

    @Test
    void udpWithoutChecksum() {
        try (Sandbox box = sandbox("udp-without-checksum")) {
            Handle[] d = udpPair(box);
            SocketCalls me = box.self().sockets();
            SocketAddress to = me.bind(d[1], SocketAddress.loopback(0));
            me.sendNumbered(d[0], to, 8, 16);
            assertThat(me.receiveNumbered(d[1])).hasSize(8).last()
                    .isEqualTo(ByteBuffer.allocate(8).put((byte) 0x80).put(new byte[6]).put((byte) 7).getLong(0));
        }
    }

    @Test
    void rawWithoutHeader() {
        try (Sandbox box = sandbox("raw-without-header")) {
            SocketCalls me = box.self().sockets();
            Handle raw = me.socket(Domain.INET, SocketType.RAW, 253);
            me.sendTo(raw, bytes("data"), SocketAddress.loopback(0));
            assertThat(text(me.receiveFrom(raw, 100).data())).isEqualTo("data");
        }
    }

    @Test
    void unprivilegedRaw() {
        try (Sandbox box = sandbox("unprivileged-raw")) {
            Proc nobody = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
            nobody.sockets().socket(Domain.INET, SocketType.RAW, 1);
        }
    }

    @Test
    void udpDeliversHeader() {
        try (Sandbox box = sandbox("udp-delivers-header")) {
            Handle[] d = udpPair(box);
            SocketAddress to = box.self().sockets().bind(d[1], SocketAddress.loopback(0));
            box.self().sockets().sendTo(d[0], bytes("ab"), to);
            assertThat(box.self().sockets().receiveFrom(d[1], 16).data()).hasSize(10);
        }
    }

    /** A connected AF_UNIX stream in self: {client, accepted}. */
    private static Handle[] unixStream(Sandbox box) {
        SocketCalls me = box.self().sockets();
        Handle listener = me.socket(Domain.UNIX, SocketType.STREAM, 0);
        SocketAddress at = me.bind(listener, SocketAddress.unix(box.directory().resolve("l")));
        me.listen(listener, 1);
        Handle client = me.socket(Domain.UNIX, SocketType.STREAM, 0);
        me.connect(client, at);
        return new Handle[] {client, me.accept(listener)};
    }

    private static Handle[] udpPair(Sandbox box) {
        SocketCalls me = box.self().sockets();
        return new Handle[] {me.socket(Domain.INET, SocketType.DATAGRAM, 0), me.socket(Domain.INET, SocketType.DATAGRAM, 0)};
    }
}
