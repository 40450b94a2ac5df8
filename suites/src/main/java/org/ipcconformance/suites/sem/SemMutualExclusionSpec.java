package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;
import org.ipcconformance.suites.shm.GuardedIncrements;
import org.ipcconformance.suites.shm.GuardedIncrements.Participant;
import org.ipcconformance.suites.shm.Words;

/** Seed §6: a semaphore of value 1 lets one process at a time into a critical section over shared data. */
class SemMutualExclusionSpec {
    private static final int TIMES = 1000;
    private static final int COUNTER = 0;

    @Property(value = "SEM-MUTUAL-EXCLUSION", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = {VariantFeature.SEMAPHORES, VariantFeature.SHARED_MEMORY})
    void aBinarySemaphoreKeepsASecondProcessOutOfTheSection(Sandbox box, Evidence evidence, IpcFamily family) {
        SemaphoreCalls self = box.self().semaphores(family);
        Handle guard = self.create("mutex", 1, 1);
        SharedMemoryCalls selfShm = box.self().sharedMemory(family);
        Mapping selfMap = selfShm.attach(selfShm.create("data", 4096));
        Participant a = participant(box.self().spawnChild(ChildOptions.inheriting()), family);
        Participant b = participant(box.self().spawnUnrelated(), family);

        SemaphoreCalls aCalls = a.proc().semaphores(family);
        aCalls.await(a.semaphore());
        Pending<Void> second = b.proc().async("enter the section while " + a.proc().name() + " is inside", p -> {
            p.semaphores(family).await(b.semaphore());
            return null;
        });
        Blocking.assertBlocks(box, evidence, b.proc(), second);
        aCalls.post(a.semaphore());
        second.await();
        assertThat(self.value(guard, 0)).as("the value while %s is inside", b.proc().name()).isZero();
        b.proc().semaphores(family).post(b.semaphore());
        assertThat(self.value(guard, 0)).as("the value once the section is free").isEqualTo(1);

        GuardedIncrements.run(box, family, guard, COUNTER, TIMES, a, b);
        long counter = Words.word(selfShm.load(selfMap, COUNTER, Long.BYTES));
        assertThat(counter).as("the shared counter %s and %s each incremented %d times inside the section",
                a.proc().name(), b.proc().name(), TIMES).isEqualTo(2L * TIMES);
        evidence.record("section", b.proc().name() + " was kept out while " + a.proc().name() + " was inside; "
                + 2 * TIMES + " guarded plain increments from both gave " + counter);
    }

    private static Participant participant(Proc proc, IpcFamily family) {
        SharedMemoryCalls shm = proc.sharedMemory(family);
        return new Participant(proc, shm.attach(shm.open("data")), proc.semaphores(family).open("mutex"));
    }
}
