package org.ipcconformance.adapter.jdk.socket;

import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import org.ipcconformance.adapter.jdk.JdkFeatures;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Which sockets the JDK can make: the channel classes decide type and protocol together. */
final class Expressible {
    private Expressible() {
    }

    /** Throws NOT_APPLICABLE for what no JDK channel is; returns whether it is a stream socket. */
    static boolean socket(Domain domain, SocketType type, int protocol) {
        if (type == SocketType.RAW) {
            throw JdkFeatures.missing(Feature.RAW_SOCKETS);
        }
        if (domain == Domain.UNIX && type == SocketType.DATAGRAM) {
            throw JdkFeatures.missing(Feature.UNIX_DATAGRAM_SOCKETS);
        }
        Feature feature = domain == Domain.UNIX ? Feature.UNIX_STREAM_SOCKETS
                : type == SocketType.DATAGRAM ? Feature.INET_DATAGRAM_SOCKETS : Feature.INET_STREAM_SOCKETS;
        if (type == SocketType.SEQPACKET) {
            throw JdkFeatures.missing(feature, JdkFeatures.NO_SEQPACKET);
        }
        int implied = domain == Domain.UNIX ? Protocols.DEFAULT : type == SocketType.STREAM ? Protocols.TCP : Protocols.UDP;
        if (protocol != Protocols.DEFAULT && protocol != implied) {
            throw JdkFeatures.missing(feature, JdkFeatures.NO_PROTOCOL_CHOICE + " (asked: " + domain + ", " + type + ", protocol "
                    + protocol + ")");
        }
        return type == SocketType.STREAM;
    }

    static ProtocolFamily family(Domain domain) {
        switch (domain) {
            case INET:
                return StandardProtocolFamily.INET;
            case INET6:
                return StandardProtocolFamily.INET6;
            default:
                return StandardProtocolFamily.UNIX;
        }
    }

    static void option(SocketOption option) {
        if (option == SocketOption.IP_HDRINCL) {
            throw JdkFeatures.missing(Feature.RAW_SOCKETS);
        }
    }
}
