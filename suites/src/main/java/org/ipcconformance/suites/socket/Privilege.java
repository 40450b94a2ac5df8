package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Assumptions;

/**
 * The two kinds of process the privilege properties need. Where the harness cannot run one of
 * them the method is NOT_APPLICABLE with the reason (an aborted assumption), never a pass.
 */
final class Privilege {
    private Privilege() {
    }

    /** The spec's own process must be privileged (root, or CAP_NET_RAW and CAP_NET_BIND_SERVICE). */
    static void requirePrivilegedSelf(Sandbox box) {
        Assumptions.assumeTrue(box.self().sockets().privileged(), () -> "the harness runs without privilege"
                + " (neither root nor CAP_NET_RAW and CAP_NET_BIND_SERVICE), so the privileged side cannot be shown;"
                + " run as root to check it");
    }

    /**
     * A child that has given up every privilege; checked, so a failed drop is not taken for a
     * refusal. The caller requires {@code MULTI_PROCESS} and {@code UNPRIVILEGED_CHILD}.
     */
    static Proc unprivilegedChild(Sandbox box) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
        assertThat(child.sockets().privileged())
                .as("%s was started without privileges, yet says it may open raw sockets or bind reserved ports", child.name())
                .isFalse();
        return child;
    }

    /** The first unprivileged port; 0 means no port is reserved, which makes the property not applicable. */
    static int reservedLimit(Sandbox box) {
        int limit = box.self().sockets().unprivilegedPortStart();
        Assumptions.assumeTrue(limit > 0, "the first unprivileged port is 0 on this system"
                + " (net.ipv4.ip_unprivileged_port_start = 0): every process may bind every port, so no port is reserved");
        return limit;
    }
}
