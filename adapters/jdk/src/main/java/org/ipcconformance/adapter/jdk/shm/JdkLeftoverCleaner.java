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
        for (Path file : files(run, entries)) {
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add("jdk POSIX shared memory file " + file);
                }
            } catch (IOException refused) {
                // remaining() names what could not go, asked of the file system.
            }
        }
        return removed;
    }

    @Override
    public List<String> remaining(Path run, List<KernelObjects.Entry> entries) {
        return files(run, entries).stream().filter(Files::exists).map(f -> "jdk POSIX shared memory file " + f).toList();
    }

    /** The ledger's files of this adapter, and only the run's own names: a ledger line never makes the sweep delete anything else. */
    private static List<Path> files(Path run, List<KernelObjects.Entry> entries) {
        List<Path> files = new ArrayList<>();
        for (KernelObjects.Entry e : entries) {
            Path file = Path.of(e.external());
            if (e.kind().equals(SegmentNames.LEDGER_KIND)
                    && file.getFileName().toString().startsWith(KernelObjects.posixPrefix(run).substring(1))) {
                files.add(file);
            }
        }
        return files;
    }
}
