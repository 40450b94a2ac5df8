package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Optional;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Removal is verified: an object the run's cleanup cannot remove (an immutable /dev/shm object) is
 * named as left, its run keeps the ledger, a sweep that still cannot remove it keeps it again, and
 * the first sweep that can removes it with the run.
 */
class LeftoverLedgerTest {

    @Test
    void whatCannotBeRemovedIsNamedAndItsLedgerStaysUntilASweepRemovesIt() throws Exception {
        Optional<String> unavailable = ImmutableShmObject.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
        RunDirectory run = RunDirectory.current();
        ImmutableShmObject stuck = ImmutableShmObject.create(run, "s0-stuck");
        try {
            run.close();
            assertThat(run.leftovers()).as("what the run's close could not remove").containsExactly(stuck.shown());
            assertThat(run.path().resolve("kernel-objects")).as("the ledger, kept for the next sweep").isRegularFile();
            try (var left = Files.list(run.path())) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kernel-objects", "owner");
            }

            // The owner gone: the next run's sweep tries again, still cannot, and keeps the ledger again.
            Files.writeString(run.path().resolve("owner"), "999999999 ?\n");
            RunDirectory next = RunDirectory.current();
            assertThat(next.sweepReport().objectsLeft()).contains(stuck.shown());
            assertThat(next.sweepReport().runsRemoved()).doesNotContain(run.path());
            assertThat(run.path().resolve("kernel-objects")).isRegularFile();

            stuck.release();
            next.close();
            RunDirectory after = RunDirectory.current();
            assertThat(after.sweepReport().objectsRemoved())
                    .anySatisfy(line -> assertThat(line).endsWith(stuck.file().getFileName().toString()));
            assertThat(after.sweepReport().runsRemoved()).contains(run.path());
            assertThat(stuck.file()).doesNotExist();
        } finally {
            stuck.delete();
        }
    }
}
