package org.ipcconformance.adapter.natives.ipc;

import java.util.function.Supplier;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * The harness JVM's accesses to its mappings in progress. A poll or increment loop in the JVM
 * would touch unmapped memory (and crash the JVM) if the sandbox unmapped under it, so closing
 * first stops the loops and waits until none is left, then unmaps.
 */
final class MemoryUse {
    private int active;
    private volatile boolean closing;

    <T> T use(String what, Supplier<T> access) {
        synchronized (this) {
            checkOpen(what);
            active++;
        }
        try {
            return access.get();
        } finally {
            synchronized (this) {
                active--;
                notifyAll();
            }
        }
    }

    void checkOpen(String what) {
        if (closing) {
            throw new HarnessException(what + ": the sandbox closed while it ran");
        }
    }

    /** Stops every loop and returns once none touches memory any more. */
    synchronized void close() {
        closing = true;
        boolean interrupted = false;
        while (active > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
