package org.ipcconformance.cli.engine;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.AdapterRegistry;

/**
 * The life of one run in this JVM: its private run directory (created with a sweep of what dead
 * runs left) and, when it ends, the adapters closed and the directory removed, also after errors
 * and on Ctrl+C (a shutdown hook), so that only a SIGKILL leaves work for the next sweep.
 */
public final class RunSession implements AutoCloseable {
    private final RunDirectory directory;
    private final PrintWriter err;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onShutdown;

    private RunSession(RunDirectory directory, PrintWriter err) {
        this.directory = directory;
        this.err = err;
        this.onShutdown = new Thread(this::release, "ipc-conformance cleanup");
    }

    /** Creates the run directory; {@code out} hears what the start-up sweep removed, if anything. */
    public static RunSession open(PrintWriter out, PrintWriter err) {
        RunDirectory dir = RunDirectory.current();
        if (!dir.sweepReport().isEmpty()) {
            out.println("Start-up sweep: " + dir.sweepReport() + " " + dir.sweepReport().runsRemoved());
        }
        RunSession session = new RunSession(dir, err);
        Runtime.getRuntime().addShutdownHook(session.onShutdown);
        return session;
    }

    public RunDirectory directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running or will run release() itself.
        }
        release();
    }

    private void release() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            AdapterRegistry.shared().closeAll();
        } finally {
            try {
                directory.close();
            } catch (RuntimeException e) {
                err.println("ipc-conformance: could not remove the run directory " + directory.path() + ": " + e.getMessage());
                err.flush();
            }
        }
    }
}
