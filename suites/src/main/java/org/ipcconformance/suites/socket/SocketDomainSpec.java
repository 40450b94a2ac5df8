package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §7: a socket is fixed by its domain, type and protocol; what a domain does not offer is refused. */
class SocketDomainSpec {

    @Property("SOCK-DOMAIN-TYPE-PROTOCOL")
    @Requires({Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS})
    void inetStreamAndDatagramDefaultToTcpAndUdp(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        assertProtocol(me, Domain.INET, SocketType.STREAM, Protocols.DEFAULT, Protocols.TCP, evidence);
        assertProtocol(me, Domain.INET, SocketType.STREAM, Protocols.TCP, Protocols.TCP, evidence);
        assertProtocol(me, Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT, Protocols.UDP, evidence);
        assertProtocol(me, Domain.INET, SocketType.DATAGRAM, Protocols.UDP, Protocols.UDP, evidence);
    }

    @Property("SOCK-DOMAIN-TYPE-PROTOCOL")
    @Requires({Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS})
    void inetRefusesAProtocolOfAnotherTypeAndAnUnknownFamily(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        refused(me, Domain.INET, SocketType.STREAM, Protocols.UDP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
        refused(me, Domain.INET, SocketType.DATAGRAM, Protocols.TCP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
        refused(me, Domain.INET, SocketType.STREAM, Protocols.ICMP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
        refused(me, Domain.UNASSIGNED, SocketType.STREAM, Protocols.DEFAULT, IpcError.ADDRESS_FAMILY_NOT_SUPPORTED, evidence);
    }

    @Property("SOCK-DOMAIN-TYPE-PROTOCOL")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.UNIX_DATAGRAM_SOCKETS})
    void unixStreamAndDatagramTakeNoInternetProtocol(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        assertProtocol(me, Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT, Protocols.DEFAULT, evidence);
        assertProtocol(me, Domain.UNIX, SocketType.DATAGRAM, Protocols.DEFAULT, Protocols.DEFAULT, evidence);
        refused(me, Domain.UNIX, SocketType.STREAM, Protocols.TCP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
        refused(me, Domain.UNIX, SocketType.DATAGRAM, Protocols.UDP, IpcError.PROTOCOL_NOT_SUPPORTED, evidence);
    }

    /** POSIX connect(): an address bound by a socket of another type is refused with EPROTOTYPE. */
    @Property("SOCK-DOMAIN-TYPE-PROTOCOL")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.UNIX_DATAGRAM_SOCKETS})
    void aStreamCannotConnectToADatagramSocketsAddress(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Handle datagram = me.socket(Domain.UNIX, SocketType.DATAGRAM, Protocols.DEFAULT);
        var address = me.bind(datagram, Connections.address(box, Domain.UNIX, "datagram"));
        Handle stream = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        IpcException e = Errors.assertFailsWith(IpcError.WRONG_PROTOCOL_TYPE,
                "connect of an AF_UNIX stream socket to " + address + ", bound by a datagram socket",
                () -> me.connect(stream, address));
        evidence.record("stream to datagram address", e.rawCode());
    }

    private static void assertProtocol(SocketCalls me, Domain domain, SocketType type, int asked, int expected,
                                       Evidence evidence) {
        Handle s = me.socket(domain, type, asked);
        int protocol = me.getOption(s, SocketOption.SO_PROTOCOL);
        evidence.record(domain + " " + type + " protocol " + asked, "SO_PROTOCOL " + protocol);
        assertThat(protocol).as("SO_PROTOCOL of socket(%s, %s, %d)", domain, type, asked).isEqualTo(expected);
    }

    private static void refused(SocketCalls me, Domain domain, SocketType type, int protocol, IpcError expected,
                                Evidence evidence) {
        IpcException e = Errors.assertFailsWith(expected, "socket(" + domain + ", " + type + ", " + protocol + ")",
                () -> me.socket(domain, type, protocol));
        evidence.record(domain + " " + type + " protocol " + protocol, e.rawCode());
    }
}
