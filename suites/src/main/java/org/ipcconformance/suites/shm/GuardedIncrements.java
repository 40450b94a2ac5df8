package org.ipcconformance.suites.shm;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;

/**
 * Two processes incrementing one shared counter inside wait/post of one semaphore of value 1.
 * Self holds the semaphore until both are asleep in their first wait, so that the two really
 * compete from the first round on (a fast one could otherwise finish before the other starts).
 */
public final class GuardedIncrements {
    private GuardedIncrements() {
    }

    /** One participant: a process, its mapping of the counter's segment and its handle on the semaphore. */
    public record Participant(Proc proc, Mapping mapping, Handle semaphore) {
    }

    /**
     * Runs the increments and returns once both have finished; {@code guard} is self's handle on
     * the semaphore (value 1), {@code offset} the counter's place in the segment.
     */
    public static void run(Sandbox box, IpcFamily family, Handle guard, int offset, int times, Participant a, Participant b) {
        SemaphoreCalls self = box.self().semaphores(family);
        self.await(guard);
        Pending<Void> first = start(family, offset, times, a);
        Pending<Void> second = start(family, offset, times, b);
        if (box.features().has(Feature.PROCESS_STATE)) {
            await("both incrementers to wait for the semaphore").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                    .until(() -> first.isDone() || second.isDone() || (a.proc().state().isBlocked() && b.proc().state().isBlocked()));
        }
        self.post(guard);
        first.await();
        second.await();
    }

    private static Pending<Void> start(IpcFamily family, int offset, int times, Participant p) {
        return p.proc().async(times + " increments, each between wait and post", proc -> {
            proc.sharedMemory(family).incrementGuarded(p.mapping(), offset, times, p.semaphore());
            return null;
        });
    }
}
