package org.ipcconformance.adapter.simulator.kernel.ipc;

import org.ipcconformance.spec.spi.ipc.IpcFamily;

/** A System V set or one POSIX semaphore (a set of one). Guarded by the kernel's lock. */
final class SemaphoreSet {
    final IpcFamily family;
    final String name;
    final int[] values;
    boolean removed;
    /** Counts the operations that raised a value: a sleeper tells a post from any other change by it. */
    long raises;

    SemaphoreSet(IpcFamily family, String name, int count, int initial) {
        this.family = family;
        this.name = name;
        this.values = new int[count];
        java.util.Arrays.fill(values, initial);
    }

    @Override
    public String toString() {
        return (family == IpcFamily.SYSTEM_V ? "semaphore set " : "semaphore ") + name;
    }
}
