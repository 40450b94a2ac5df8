package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Assumptions;

/**
 * The refused side of a permission property: a child that runs as another user than the owner of
 * the spec's objects (which the spec's own process creates, mode 0600) and holds no privilege.
 * Only a privileged harness (root) can start one: a child that gives up privileges becomes
 * nobody. An unprivileged harness's child stays its own user, the owner, so nothing could be
 * refused: the method is NOT_APPLICABLE with that reason, never a pass. The caller requires
 * {@code MULTI_PROCESS} and {@code UNPRIVILEGED_CHILD}.
 */
public final class OtherUser {
    private OtherUser() {
    }

    public static Proc child(Sandbox box, Evidence evidence) {
        Assumptions.assumeTrue(box.self().sockets().privileged(), () -> "the harness runs without privilege: a child that"
                + " gives up privileges stays the harness's user, who owns the objects it should be refused, so no refusal"
                + " can be shown; run as root to check it");
        Proc child = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
        assertThat(child.sockets().privileged())
                .as("%s was started without privileges, yet says it holds them", child.name()).isFalse();
        evidence.record("refused side", child.name() + ", started without privileges (another user, no capability)");
        return child;
    }
}
