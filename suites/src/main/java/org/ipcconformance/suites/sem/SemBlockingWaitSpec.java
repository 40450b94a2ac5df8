package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** Seed §6, POSIX sem_wait/semop: waiting at zero blocks until another process posts; trying fails with EAGAIN. */
class SemBlockingWaitSpec {

    @Property(value = "SEM-BLOCKING-WAIT", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SEMAPHORES)
    void aWaitAtZeroSleepsUntilAnotherProcessPosts(Sandbox box, Evidence evidence, IpcFamily family) {
        SemaphoreCalls self = box.self().semaphores(family);
        Handle own = self.create("gate", 1, 0);
        Proc waiter = box.self().spawnChild(ChildOptions.inheriting());
        SemaphoreCalls waiterCalls = waiter.semaphores(family);
        Handle waiters = waiterCalls.open("gate");

        IpcException refused = Errors.assertFailsWith(IpcError.WOULD_BLOCK, "a non-blocking wait at 0",
                () -> waiterCalls.tryAwait(waiters));
        evidence.record("try at 0", refused.rawCode());

        Pending<Void> wait = waiter.async("wait on the semaphore at 0", p -> {
            p.semaphores(family).await(waiters);
            return null;
        });
        Blocking.assertBlocks(box, evidence, waiter, wait);
        int whileWaiting = self.value(own, 0);
        if (family == IpcFamily.POSIX) {
            // POSIX sem_getvalue may also report minus the number of waiters (OPTS sem_getvalue 2): one waiter here.
            assertThat(whileWaiting).as("sem_getvalue while %s waits (0, or -1 for its one waiter)", waiter.name()).isIn(0, -1);
        } else {
            assertThat(whileWaiting).as("semctl GETVAL while %s waits (semval is never negative)", waiter.name()).isZero();
        }
        evidence.record("value while waiting", Integer.toString(whileWaiting));

        Proc poster = box.self().spawnUnrelated();
        SemaphoreCalls posterCalls = poster.semaphores(family);
        posterCalls.post(posterCalls.open("gate"));
        wait.await();
        assertThat(self.value(own, 0)).as("the value after the post was taken by the woken waiter").isZero();
        evidence.record("woken", waiter.name() + "'s wait completed after " + poster.name() + " posted; the value is 0 again");
    }
}
