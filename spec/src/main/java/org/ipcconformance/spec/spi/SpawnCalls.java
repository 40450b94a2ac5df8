package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * Starting other processes ({@link Facet#SPAWN}, feature {@link Feature#MULTI_PROCESS}). Offered
 * by the sandbox's own process; specs call it as {@link Proc#spawnChild} and {@link Proc#spawnUnrelated}.
 * A started process offers {@link LifecycleCalls}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SpawnCalls {

    /**
     * Starts a related process, a child of this one, inheriting the chosen handles (which needs
     * {@link Feature#HANDLE_INHERITANCE} unless none are chosen).
     */
    Proc spawnChild(ChildOptions options);

    /** Starts a process that shares nothing with this one: no inherited handle, no common parent but the harness. */
    Proc spawnUnrelated();
}
