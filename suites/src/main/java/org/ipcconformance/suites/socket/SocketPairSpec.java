package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.SocketPair;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX socketpair(): two connected AF_UNIX sockets, usable both ways; other families are refused. */
class SocketPairSpec {

    @Property("SOCK-SOCKETPAIR")
    @Requires(Feature.UNIX_STREAM_SOCKETS)
    void aStreamPairCarriesBytesBothWays(Sandbox box) {
        SocketCalls me = box.self().sockets();
        SocketPair pair = me.socketPair(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        assertThat(me.send(pair.first(), bytes("ping"))).as("bytes sent on the first socket").isEqualTo(4);
        assertThat(me.receive(pair.second(), 16)).as("what the second socket receives").asString().isEqualTo("ping");
        assertThat(me.send(pair.second(), bytes("pong"))).as("bytes sent on the second socket").isEqualTo(4);
        assertThat(me.receive(pair.first(), 16)).as("what the first socket receives").asString().isEqualTo("pong");
    }

    @Property("SOCK-SOCKETPAIR")
    @Requires(Feature.UNIX_DATAGRAM_SOCKETS)
    void aDatagramPairCarriesWholeMessagesBothWays(Sandbox box) {
        SocketCalls me = box.self().sockets();
        SocketPair pair = me.socketPair(Domain.UNIX, SocketType.DATAGRAM, Protocols.DEFAULT);
        me.send(pair.first(), bytes("one"));
        me.send(pair.first(), bytes("two"));
        assertThat(me.receive(pair.second(), 16)).as("the first datagram, alone").asString().isEqualTo("one");
        assertThat(me.receive(pair.second(), 16)).as("the second datagram, alone").asString().isEqualTo("two");
        me.send(pair.second(), bytes("back"));
        assertThat(me.receive(pair.first(), 16)).as("the datagram sent the other way").asString().isEqualTo("back");
    }

    /** The classic use: a parent keeps one end, a child inherits the other. */
    @Property("SOCK-SOCKETPAIR")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE})
    void aChildThatInheritsOneEndTalksWithTheParent(Sandbox box) {
        Proc self = box.self();
        SocketPair pair = self.sockets().socketPair(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        Proc child = self.spawnChild(ChildOptions.inheriting(pair.second()));
        self.sockets().close(pair.second());

        self.sockets().send(pair.first(), bytes("to child"));
        assertThat(child.sockets().receive(pair.second(), 16)).asString().isEqualTo("to child");
        child.sockets().send(pair.second(), bytes("to parent"));
        assertThat(self.sockets().receive(pair.first(), 16)).asString().isEqualTo("to parent");
    }

    /** LTP socketpair01: AF_INET has no pairs (EOPNOTSUPP), an unknown family none either, AF_UNIX takes no IP protocol. */
    @Property("SOCK-SOCKETPAIR")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS})
    void otherFamiliesAndProtocolsAreRefused(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        refused(me, Domain.INET, SocketType.STREAM, Protocols.DEFAULT, IpcError.NOT_SUPPORTED, evidence);
        refused(me, Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT, IpcError.NOT_SUPPORTED, evidence);
        refused(me, Domain.UNASSIGNED, SocketType.STREAM, Protocols.DEFAULT, IpcError.ADDRESS_FAMILY_NOT_SUPPORTED, evidence);
        refused(me, Domain.UNIX, SocketType.STREAM, Protocols.UDP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
    }

    private static void refused(SocketCalls me, Domain domain, SocketType type, int protocol, IpcError expected, Evidence evidence) {
        String call = "socketpair(" + domain + ", " + type + ", " + protocol + ")";
        IpcException e = Errors.assertFailsWith(expected, call, () -> me.socketPair(domain, type, protocol));
        evidence.record(call, e.rawCode());
    }
}
