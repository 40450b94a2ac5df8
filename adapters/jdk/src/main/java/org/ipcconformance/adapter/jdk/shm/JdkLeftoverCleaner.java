package org.ipcconformance.adapter.jdk.shm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.LeftoverCleaner;

/** Removes the /dev/shm files of the jdk adapter that a run's ledger lists and that still exist. */
public final class JdkLeftoverCleaner implements LeftoverCleaner {

    @Override
    public List<String> clean(Path run, List<KernelObjects.Entry> entries) {
        List<String> removed = new ArrayList<>();
        for (KernelObjects.Entry e : entries) {
            if (!e.kind().equals(SegmentNames.LEDGER_KIND)) {
                continue;
            }
            Path file = Path.of(e.external());
            // Only the run's own names: a ledger line never makes the sweep delete anything else.
            if (!file.getFileName().toString().startsWith(KernelObjects.posixPrefix(run).substring(1))) {
                continue;
            }
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add("jdk POSIX shared memory file " + file);
                }
            } catch (IOException ex) {
                removed.add("jdk POSIX shared memory file " + file + " could not be removed: " + ex);
            }
        }
        return removed;
    }
}
