package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * One element of a System V semop: add {@code delta} to semaphore {@code index} of the set.
 *
 * @param undo SEM_UNDO: the kernel reverts this adjustment when the process exits
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record SemaphoreOp(int index, int delta, boolean undo) {
    public static SemaphoreOp of(int index, int delta) {
        return new SemaphoreOp(index, delta, false);
    }

    public SemaphoreOp withUndo() {
        return new SemaphoreOp(index, delta, true);
    }
}
