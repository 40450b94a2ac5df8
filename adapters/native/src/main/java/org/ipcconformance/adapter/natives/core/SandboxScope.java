package org.ipcconformance.adapter.natives.core;

import java.nio.file.Path;
import org.ipcconformance.adapter.natives.libc.Statx;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * What every part of one sandbox shares: its context, the adapter's features, the numbers of its
 * handles and processes, and whether it is closed yet.
 */
public final class SandboxScope {
    private final SandboxContext context;
    private final Features features;
    private final SandboxIds ids = new SandboxIds();
    private final Statx statx;
    private boolean closed;

    public SandboxScope(SandboxContext context, Features features, Statx statx) {
        this.context = context;
        this.features = features;
        this.statx = statx;
    }

    /** The harness's stat: libc's statx, or a test's stand-in that the adapter was opened with. */
    public Statx statx() {
        return statx;
    }

    public SandboxContext context() {
        return context;
    }

    public Path directory() {
        return context.directory();
    }

    public Features features() {
        return features;
    }

    public SandboxIds ids() {
        return ids;
    }

    public synchronized void ensureOpen(String what) {
        if (closed) {
            throw new HarnessException(what + " in a closed sandbox (" + context.label() + ")");
        }
    }

    /** Marks the sandbox closed; false when it was already. */
    public synchronized boolean close() {
        boolean wasOpen = !closed;
        closed = true;
        return wasOpen;
    }
}
