package org.ipcconformance.adapter.jdk.socket;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.SocketPair;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Sockets of the jdk adapter, in the harness or a child: the parts both share. */
abstract class JdkSockets implements SocketCalls {
    protected final SandboxScope scope;
    /** The feature of each socket this process holds, for what a call on it cannot express. */
    private final Map<Long, Feature> features = new ConcurrentHashMap<>();

    JdkSockets(SandboxScope scope) {
        this.scope = scope;
    }

    /** No JDK API makes a connected pair of sockets: the nearest, a loopback connection, is not socketpair(2). */
    @Override
    public final SocketPair socketPair(Domain domain, SocketType type, int protocol) {
        Feature feature = Facet.socketFeature(domain, type);
        throw JdkFeatures.missing(feature == null ? Feature.UNIX_STREAM_SOCKETS : feature, JdkFeatures.NO_SOCKETPAIR);
    }

    protected Handle made(Handle socket, Feature feature) {
        features.put(socket.id(), feature);
        return socket;
    }

    protected void checkOption(Handle socket, SocketOption option) {
        Expressible.option(option, features.getOrDefault(socket.id(), Feature.INET_STREAM_SOCKETS));
    }

    protected Feature featureOf(Handle socket) {
        return features.getOrDefault(socket.id(), Feature.INET_STREAM_SOCKETS);
    }

    protected static String describe(Domain domain, SocketType type, long id, String process) {
        return "socket#" + id + " " + domain + "/" + type + " (in " + process + ")";
    }

    /** An AF_UNIX node a bind created is removed when the sandbox closes (the JDK leaves it, as close(2) does). */
    protected void bound(SocketAddress address) {
        if (address.domain() == Domain.UNIX) {
            Path path = address.path();
            scope.removeAtClose(path);
        }
    }

    protected static String op(String call, Handle socket, String process) {
        return call + "(" + socket + ") in " + process;
    }
}
