package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
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
import org.junit.jupiter.api.Assumptions;

/**
 * Seed §7: ports below the privileged limit are reserved. A reserved port is necessarily a fixed
 * number: the specs try a few just below the limit and take a port in use as inconclusive.
 */
class ReservedPortsSpec {
    private static final int TRIES = 16;

    @Property("SOCK-RESERVED-PORTS")
    @Requires({Feature.INET_STREAM_SOCKETS})
    void aPrivilegedProcessBindsAPortBelowTheLimit(Sandbox box, Evidence evidence) {
        int limit = Privilege.reservedLimit(box);
        Privilege.requirePrivilegedSelf(box);
        int port = freeReservedPort(box, limit);
        evidence.record("limit", limit);
        evidence.record("privileged bind", "self bound 127.0.0.1:" + port);
    }

    @Property("SOCK-RESERVED-PORTS")
    @Requires({Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void anUnprivilegedProcessIsRefusedAPortBelowTheLimit(Sandbox box, Evidence evidence) {
        int limit = Privilege.reservedLimit(box);
        Proc nobody = Privilege.unprivilegedChild(box);
        SocketCalls its = nobody.sockets();
        evidence.record("limit", limit);

        // The same process may bind port 0: what is refused is the reserved range, not sockets.
        Handle ephemeral = its.socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
        assertThat(its.bind(ephemeral, SocketAddress.loopback(0)).port()).as("port 0 bound by %s", nobody.name())
                .isGreaterThanOrEqualTo(limit);
        for (SocketType type : new SocketType[] {SocketType.STREAM, SocketType.DATAGRAM}) {
            int port = limit - 1;
            Handle low = its.socket(Domain.INET, type, Protocols.DEFAULT);
            Throwable thrown = catchThrowable(() -> its.bind(low, SocketAddress.loopback(port)));
            // A port in use says nothing about privilege.
            Assumptions.assumeFalse(thrown instanceof IpcException ipc && ipc.error() == IpcError.ADDRESS_IN_USE,
                    () -> "port " + port + " is in use, so its refusal says nothing about privilege: inconclusive");
            IpcException e = Errors.assertFailsWith(IpcError.ACCESS_DENIED, type + " bind of 127.0.0.1:" + port
                    + " by the unprivileged " + nobody.name(), () -> {
                        if (thrown != null) {
                            throw thrown;
                        }
                    });
            evidence.record("unprivileged " + type + " bind of " + port, e.rawCode());
        }
    }

    /** Binds the first free port below the limit in self, closes it again, returns it. */
    private static int freeReservedPort(Sandbox box, int limit) {
        SocketCalls me = box.self().sockets();
        int lowest = Math.max(1, limit - TRIES);
        for (int port = limit - 1; port >= lowest; port--) {
            Handle s = me.socket(Domain.INET, SocketType.STREAM, Protocols.DEFAULT);
            try {
                SocketAddress bound = me.bind(s, SocketAddress.loopback(port));
                assertThat(bound.port()).as("port bound when asking for %d", port).isEqualTo(port);
                return port;
            } catch (IpcException e) {
                if (e.error() != IpcError.ADDRESS_IN_USE) {
                    throw e;
                }
            } finally {
                box.self().sockets().close(s);
            }
        }
        Assumptions.abort("ports " + lowest + " to " + (limit - 1) + " below the limit are all in use: inconclusive");
        return -1;
    }
}
