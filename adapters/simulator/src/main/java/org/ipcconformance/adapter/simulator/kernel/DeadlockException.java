package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.spec.run.SpecTimeoutException;

/**
 * Thrown at every wait of a sandbox once the model has proved that nothing in it can run again:
 * the spec hangs, and its verdict is TIMEOUT at once instead of at the end of its time limit.
 */
public final class DeadlockException extends SpecTimeoutException {
    public DeadlockException(String deadlock) {
        super(deadlock);
    }
}
