package org.ipcconformance.adapter.jdk.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.LeftoverCleaner;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.jupiter.api.Test;

/** What a killed run left in /dev/shm goes with the sweep; nothing that is not the run's. */
class JdkLeftoverCleanerTest {

    @Test
    void theLedgersFilesAreRemovedAndNothingElse() throws Exception {
        RunDirectory run = RunDirectory.current();
        Path shm = Path.of("/dev/shm");
        Path ours = shm.resolve(KernelObjects.posixPrefix(run.path()).substring(1) + "s1-left");
        Path stranger = Files.createTempFile(shm, "not-ipcc-", ".tmp");
        try {
            KernelObjects.record(run, SegmentNames.LEDGER_KIND, ours.toString());
            KernelObjects.record(run, SegmentNames.LEDGER_KIND, stranger.toString());
            Files.createFile(ours);
            assertThat(LeftoverCleaner.cleanAll(run.path()).removed()).anySatisfy(line -> assertThat(line).contains(ours.toString()));
            assertThat(ours).doesNotExist();
            assertThat(stranger).as("a ledger line outside the run's names is never deleted").exists();
            assertThat(new JdkLeftoverCleaner().clean(run.path(), List.of())).isEmpty();
        } finally {
            Files.deleteIfExists(ours);
            Files.deleteIfExists(stranger);
            run.close();
        }
    }
}
