package org.ipcconformance.cli.engine;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.AdapterRegistry;

/**
 * The life of one run in this JVM: its private run directory (created with a sweep of what dead
 * runs left) and, when it ends, the adapters closed and the directory removed, also after errors.
 * On Ctrl+C the shutdown hooks of {@link RunDirectory} and {@link AdapterRegistry} do the same, so
 * that only a SIGKILL leaves work for the next sweep.
 */
public final class RunSession implements AutoCloseable {
    private final RunDirectory directory;
    private final PrintWriter err;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunSession(RunDirectory directory, PrintWriter err) {
        this.directory = directory;
        this.err = err;
    }

    /** Creates the run directory; {@code out} hears what the start-up sweep removed, if anything. */
    public static RunSession open(PrintWriter out, PrintWriter err) {
        RunDirectory dir = RunDirectory.current();
        if (!dir.sweepReport().isEmpty()) {
            out.println("Start-up sweep: " + dir.sweepReport() + " " + dir.sweepReport().runsRemoved());
        }
        return new RunSession(dir, err);
    }

    public RunDirectory directory() {
        return directory;
    }

    /** The kernel objects the run could not remove, known once it is closed (its ledger stays for the next sweep). */
    public List<String> leftovers() {
        return directory.leftovers();
    }

    @Override
    public void close() {
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
