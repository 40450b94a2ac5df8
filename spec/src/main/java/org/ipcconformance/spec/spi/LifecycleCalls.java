package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * The end of a started process ({@link Facet#LIFECYCLE}). Every process an adapter starts offers
 * it and the sandbox's own process never does: the harness refuses these calls on it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface LifecycleCalls {

    /** Asks the process to exit normally with code 0 (closing all it holds) and waits until it is gone. */
    void exit();

    /** Waits for the process to end by itself and returns how it ended. */
    @Concurrent
    ExitStatus awaitExit();

    /** Kills the process (SIGKILL or the model's equivalent) and reaps it; quiet when it is gone already. */
    @Concurrent
    void kill();
}
