package org.ipcconformance.spec.spi.socket;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An address of either domain: an IPv4 address and port, or a path.
 *
 * @param domain INET, INET6 or UNIX
 * @param host   the numeric address ({@code 127.0.0.1}) for INET/INET6, null for UNIX
 * @param port   0 to 65535 for INET/INET6 (0 asks for an ephemeral port), -1 for UNIX
 * @param path   the socket file for UNIX, null otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record SocketAddress(Domain domain, String host, int port, Path path) {
    public static final String LOOPBACK = "127.0.0.1";

    public SocketAddress {
        Objects.requireNonNull(domain, "domain");
        if (domain == Domain.UNIX) {
            Objects.requireNonNull(path, "an AF_UNIX address needs a path");
        } else {
            Objects.requireNonNull(host, "an AF_INET address needs a host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
        }
    }

    /** 127.0.0.1 and a port; port 0 asks the system for an ephemeral one. */
    public static SocketAddress loopback(int port) {
        return new SocketAddress(Domain.INET, LOOPBACK, port, null);
    }

    public static SocketAddress unix(Path path) {
        return new SocketAddress(Domain.UNIX, null, -1, path);
    }

    @Override
    public String toString() {
        return domain == Domain.UNIX ? "unix:" + path : host + ":" + port;
    }
}
