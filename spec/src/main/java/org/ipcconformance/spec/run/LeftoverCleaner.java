package org.ipcconformance.spec.run;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Removes the kernel objects a run left behind. Adapters that create objects outside the run
 * directory (System V IPC, POSIX names) provide one through {@link ServiceLoader}; the sweep of
 * a dead run and the close of a live one call every cleaner with the run's ledger.
 */
public interface LeftoverCleaner {

    /**
     * Removes what {@code entries} (the run's {@link KernelObjects} ledger) lists and what else
     * carries the run's name ({@link KernelObjects#posixPrefix}); quiet about what is gone.
     *
     * @return a line per object removed, for the sweep's report
     */
    List<String> clean(Path run, List<KernelObjects.Entry> entries);

    /** Runs every cleaner on the classpath for {@code run}; returns what they removed. */
    static List<String> cleanAll(Path run) {
        List<KernelObjects.Entry> entries = KernelObjects.read(run);
        List<String> removed = new java.util.ArrayList<>();
        for (LeftoverCleaner cleaner : ServiceLoader.load(LeftoverCleaner.class)) {
            removed.addAll(cleaner.clean(run, entries));
        }
        return removed;
    }
}
