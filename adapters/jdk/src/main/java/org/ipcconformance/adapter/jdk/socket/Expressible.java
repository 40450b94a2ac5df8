package org.ipcconformance.adapter.jdk.socket;

import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.io.UnassignedFamily;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Which sockets the JDK can make: the channel classes decide type and protocol together. */
final class Expressible {
    private Expressible() {
    }

    /**
     * Throws NOT_APPLICABLE for what no JDK channel is; returns whether it is a stream socket. The
     * harness has already refused the domains and types whose feature the adapter lacks (raw
     * sockets, AF_UNIX datagrams): what is left is a type or protocol no channel class has.
     */
    static boolean socket(Domain domain, SocketType type, int protocol) {
        Feature feature = feature(domain, type);
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

    /** A family the specs name only to see it refused is handed to the JDK as what it is: one no system knows. */
    static ProtocolFamily family(Domain domain) {
        switch (domain) {
            case INET:
                return StandardProtocolFamily.INET;
            case INET6:
                return StandardProtocolFamily.INET6;
            case UNIX:
                return StandardProtocolFamily.UNIX;
            default:
                return UnassignedFamily.INSTANCE;
        }
    }

    /** The feature a socket of this domain and type belongs to. */
    static Feature feature(Domain domain, SocketType type) {
        if (domain == Domain.UNIX) {
            return type == SocketType.DATAGRAM ? Feature.UNIX_DATAGRAM_SOCKETS : Feature.UNIX_STREAM_SOCKETS;
        }
        return type == SocketType.DATAGRAM ? Feature.INET_DATAGRAM_SOCKETS : Feature.INET_STREAM_SOCKETS;
    }

    /** The options with a java.net.StandardSocketOptions counterpart; IP_HDRINCL is a raw socket's. */
    static void option(SocketOption option, Feature ofSocket) {
        switch (option) {
            case SO_RCVBUF:
            case SO_SNDBUF:
            case SO_REUSEADDR:
                return;
            case IP_HDRINCL:
                throw JdkFeatures.missing(Feature.RAW_SOCKETS);
            default:
                throw JdkFeatures.missing(ofSocket, "java.net.StandardSocketOptions has no " + option
                        + (option.name().equals("SO_PROTOCOL") ? ": a JDK channel's protocol follows from its class and cannot be queried" : ""));
        }
    }
}
