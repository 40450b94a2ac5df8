package org.ipcconformance.spec.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Removes the kernel objects a run left behind. Adapters that create objects outside the run
 * directory (System V IPC, POSIX names) provide one through {@link ServiceLoader}; the sweep of
 * a dead run and the close of a live one call every cleaner with the run's ledger, then ask each
 * what is still there: removal is verified, not assumed.
 */
public interface LeftoverCleaner {

    /**
     * Removes what {@code entries} (the run's {@link KernelObjects} ledger) lists and what else
     * carries the run's name ({@link KernelObjects#posixPrefix}); quiet about what is gone.
     *
     * @return a line per object removed, for the sweep's report
     */
    List<String> clean(Path run, List<KernelObjects.Entry> entries);

    /**
     * What of {@code entries} and the run's names still exists, asked of the system (not of
     * {@link #clean}'s return codes): after {@link #clean}, what could not be removed.
     *
     * @return a line per object that exists, naming it as the system does
     */
    List<String> remaining(Path run, List<KernelObjects.Entry> entries);

    /** What a cleanup removed, and what it verified is still there (its ledger must then stay for the next sweep). */
    record Cleanup(List<String> removed, List<String> leftovers) {
        public Cleanup {
            removed = List.copyOf(removed);
            leftovers = List.copyOf(leftovers);
        }
    }

    /** Runs every cleaner on the classpath for {@code run}, then asks each what is left. */
    static Cleanup cleanAll(Path run) {
        List<KernelObjects.Entry> entries = KernelObjects.read(run);
        List<String> removed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (LeftoverCleaner cleaner : ServiceLoader.load(LeftoverCleaner.class)) {
            removed.addAll(cleaner.clean(run, entries));
            left.addAll(cleaner.remaining(run, entries));
        }
        return new Cleanup(removed, left);
    }
}
