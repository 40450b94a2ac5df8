package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §7: a 16-bit port plus an address names one socket; port 0 asks for an ephemeral one. */
class InetPortsSpec {

    @Property("SOCK-INET-PORTS")
    @Requires({Feature.INET_STREAM_SOCKETS, Feature.MULTI_PROCESS})
    void tcpPortZeroGetsAnEphemeralPortThatNoOtherSocketCanBind(Sandbox box, Evidence evidence) {
        portsOf(box, SocketType.STREAM, evidence);
    }

    @Property("SOCK-INET-PORTS")
    @Requires({Feature.INET_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS})
    void udpPortZeroGetsAnEphemeralPortThatNoOtherSocketCanBind(Sandbox box, Evidence evidence) {
        portsOf(box, SocketType.DATAGRAM, evidence);
    }

    private static void portsOf(Sandbox box, SocketType type, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Handle first = me.socket(Domain.INET, type, Protocols.DEFAULT);
        SocketAddress bound = me.bind(first, SocketAddress.loopback(0));
        evidence.record(type + " bound", bound);
        assertThat(bound.host()).as("address bound").isEqualTo(SocketAddress.LOOPBACK);
        assertThat(bound.port()).as("the port getsockname reports after binding port 0").isBetween(1, 65535);

        Handle second = me.socket(Domain.INET, type, Protocols.DEFAULT);
        evidence.record(type + " same port", Errors.assertFailsWith(IpcError.ADDRESS_IN_USE,
                "a second bind to " + bound, () -> me.bind(second, bound)).rawCode());
        // The pair names the socket for the whole system, not for one process.
        Proc other = box.self().spawnUnrelated();
        Handle elsewhere = other.sockets().socket(Domain.INET, type, Protocols.DEFAULT);
        Errors.assertFailsWith(IpcError.ADDRESS_IN_USE, "a bind to " + bound + " in " + other.name(),
                () -> other.sockets().bind(elsewhere, bound));

        SocketAddress another = me.bind(second, SocketAddress.loopback(0));
        evidence.record(type + " second port 0", another);
        assertThat(another.port()).as("a second port 0 bind while %s is taken", bound).isBetween(1, 65535).isNotEqualTo(bound.port());
    }
}
