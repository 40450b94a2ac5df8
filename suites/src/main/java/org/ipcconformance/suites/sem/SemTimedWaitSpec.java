package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.TimedWaits;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * POSIX sem_timedwait() and Linux semtimedop(): a wait at 0 that gives up at its deadline with
 * the value unchanged, and never times out when the semaphore can be taken at once.
 */
class SemTimedWaitSpec {

    @Property(value = "SEM-TIMED-WAIT", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SEMAPHORES)
    void aTimedWaitAtZeroGivesUpAtItsDeadlineAndNeverWhenItCanTake(Sandbox box, Evidence evidence, IpcFamily family) {
        boolean posix = family == IpcFamily.POSIX;
        String call = posix ? "sem_timedwait" : "semtimedop";
        IpcError expired = posix ? IpcError.TIMED_OUT : IpcError.WOULD_BLOCK;
        Deadline past = posix ? TimedWaits.PAST : Deadline.in(Duration.ZERO);
        SemaphoreCalls self = box.self().semaphores(family);
        Handle own = self.create("timed", 1, 0);
        Proc waiter = box.self().spawnUnrelated();
        SemaphoreCalls theirs = waiter.semaphores(family);
        Handle held = theirs.open("timed");

        TimedWaits.assertTimedOut(theirs.timedAwait(held, Deadline.in(TimedWaits.TIMEOUT)), expired,
                call + " at 0, deadline " + TimedWaits.TIMEOUT.toMillis() + " ms ahead", evidence);
        TimedWaits.assertFailsAtOnce(theirs.timedAwait(held, past), expired,
                call + " at 0, deadline " + (posix ? "already past" : "0 (a zero timeout)"), evidence);
        if (posix) {
            TimedWaits.assertFailsAtOnce(theirs.timedAwait(held, TimedWaits.BAD_NSEC), IpcError.INVALID_ARGUMENT,
                    call + " at 0, tv_nsec 1e9", evidence);
        }
        assertThat(self.value(own, 0)).as("the value after the timed-out waits").isZero();

        // A unit there is taken, whatever the deadline: never a timeout.
        self.post(own);
        TimedWaits.assertSucceedsAtOnce(theirs.timedAwait(held, past), call + " at 1, deadline "
                + (posix ? "already past" : "0"), evidence);
        assertThat(self.value(own, 0)).as("the value after the timed wait took the unit").isZero();
        if (posix) {
            // POSIX need not check tv_nsec when the semaphore can be taken; glibc checks it first (EINVAL).
            self.post(own);
            Timed<Void> unchecked = theirs.timedAwait(held, TimedWaits.BAD_NSEC);
            if (unchecked.failed()) {
                TimedWaits.assertFailsAtOnce(unchecked, IpcError.INVALID_ARGUMENT, call + " at 1, tv_nsec 1e9 (checked)", evidence);
                assertThat(self.value(own, 0)).as("the value after the EINVAL").isEqualTo(1);
                self.tryAwait(own);
            } else {
                TimedWaits.assertSucceedsAtOnce(unchecked, call + " at 1, tv_nsec 1e9 (not checked)", evidence);
                assertThat(self.value(own, 0)).as("the value after the unchecked timed wait").isZero();
            }
        }

        // Before its deadline the wait sleeps, and a post ends it.
        Pending<Timed<Void>> waiting = waiter.async(call + " at 0, deadline " + TimedWaits.FAR.toSeconds() + " s ahead",
                p -> p.semaphores(family).timedAwait(held, Deadline.in(TimedWaits.FAR)));
        Blocking.assertBlocks(box, evidence, waiter, waiting);
        self.post(own);
        Timed<Void> woken = waiting.await();
        TimedWaits.assertSucceeded(woken, "the " + call + " woken by a post");
        assertThat(woken.nanosAfterDeadline()).as("the woken %s returned before its deadline", call).isNegative();
        evidence.record("woken by a post", woken);
        assertThat(self.value(own, 0)).as("the value after the woken wait took the unit").isZero();
        self.remove(own);
        self.close(own);
    }
}
