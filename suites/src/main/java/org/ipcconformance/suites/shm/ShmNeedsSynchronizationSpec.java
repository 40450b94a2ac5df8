package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;
import org.ipcconformance.suites.shm.GuardedIncrements.Participant;

/**
 * Seed §5: shared memory has no synchronisation of its own. Unsynchronised read-modify-write
 * from two processes may lose updates: counted and shown, never asserted (a machine may be too
 * quiet to show a race). Inside a semaphore no update is lost: asserted.
 */
class ShmNeedsSynchronizationSpec {
    private static final int TIMES = 1000;
    private static final int RACED = 0;
    private static final int GUARDED = 64;

    @Property(value = "SHM-NEEDS-SYNCHRONIZATION", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = {VariantFeature.SHARED_MEMORY, VariantFeature.SEMAPHORES})
    void unguardedIncrementsMayBeLostGuardedOnesNever(Sandbox box, Evidence evidence, IpcFamily family) {
        SharedMemoryCalls selfShm = box.self().sharedMemory(family);
        Mapping selfMap = selfShm.attach(selfShm.create("counters", 4096));
        Handle guard = box.self().semaphores(family).create("guard", 1, 1);
        Participant a = participant(box.self().spawnChild(ChildOptions.inheriting()), family);
        Participant b = participant(box.self().spawnUnrelated(), family);

        Pending<Void> first = unguarded(a, family);
        Pending<Void> second = unguarded(b, family);
        first.await();
        second.await();
        long raced = Words.word(selfShm.load(selfMap, RACED, Long.BYTES));
        assertThat(raced).as("the unguarded counter: at most the %d increments made", 2 * TIMES).isBetween(1L, 2L * TIMES);
        evidence.record("unguarded (informational)", "counter " + raced + " of " + 2 * TIMES + ": " + (2L * TIMES - raced)
                + " lost updates");

        GuardedIncrements.run(box, family, guard, GUARDED, TIMES, a, b);
        long guarded = Words.word(selfShm.load(selfMap, GUARDED, Long.BYTES));
        assertThat(guarded).as("the counter %s and %s each incremented %d times inside the semaphore",
                a.proc().name(), b.proc().name(), TIMES).isEqualTo(2L * TIMES);
        evidence.record("guarded", "counter " + guarded + " of " + 2 * TIMES + ": none lost");
    }

    private static Participant participant(Proc proc, IpcFamily family) {
        SharedMemoryCalls shm = proc.sharedMemory(family);
        return new Participant(proc, shm.attach(shm.open("counters")), proc.semaphores(family).open("guard"));
    }

    private static Pending<Void> unguarded(Participant p, IpcFamily family) {
        return p.proc().async(TIMES + " unguarded increments", proc -> {
            proc.sharedMemory(family).incrementUnsynchronized(p.mapping(), RACED, TIMES);
            return null;
        });
    }
}
