package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX semop(): the operations of one call on members of a set are performed all together or not at all. */
class SemAtomicSetSpec {
    private static final List<SemaphoreOp> TAKE_BOTH = List.of(SemaphoreOp.of(0, -1), SemaphoreOp.of(1, -1));

    @Property("SEM-ATOMIC-SET")
    @Requires({Feature.MULTI_PROCESS, Feature.SYSV_SEMAPHORES})
    void systemVSemopOnSeveralSemaphoresChangesAllOrNone(Sandbox box, Evidence evidence) {
        IpcFamily family = IpcFamily.SYSTEM_V;
        evidence.record("family", family.title());
        SemaphoreCalls self = box.self().semaphores(family);
        Handle set = self.create("pair", 2, 0);
        self.operate(set, List.of(SemaphoreOp.of(0, 1)), false);
        assertValues(self, set, 1, 0, "before the semops");

        Errors.assertFailsWith(IpcError.WOULD_BLOCK, "semop {sem0 -1, sem1 -1} with IPC_NOWAIT at (1, 0)",
                () -> self.operate(set, TAKE_BOTH, true));
        assertValues(self, set, 1, 0, "after the refused IPC_NOWAIT semop (sem0 could have been taken alone)");

        Proc waiter = box.self().spawnChild(ChildOptions.inheriting());
        SemaphoreCalls waiterCalls = waiter.semaphores(family);
        Handle waiterSet = waiterCalls.open("pair");
        Pending<Void> both = waiter.async("semop {sem0 -1, sem1 -1} at (1, 0)", p -> {
            p.semaphores(family).operate(waiterSet, TAKE_BOTH, false);
            return null;
        });
        Blocking.assertBlocks(box, evidence, waiter, both);
        assertValues(self, set, 1, 0, "while " + waiter.name() + "'s semop waits");

        // Another process can still take and give back sem0: the waiting semop holds nothing.
        Proc other = box.self().spawnUnrelated();
        SemaphoreCalls otherCalls = other.semaphores(family);
        Handle otherSet = otherCalls.open("pair");
        otherCalls.operate(otherSet, List.of(SemaphoreOp.of(0, -1)), true);
        assertValues(self, set, 0, 0, "after " + other.name() + " took sem0 alone");
        otherCalls.operate(otherSet, List.of(SemaphoreOp.of(0, 1)), true);

        self.operate(set, List.of(SemaphoreOp.of(1, 1)), false);
        both.await();
        assertValues(self, set, 0, 0, "after sem1 was posted and the waiting semop completed");
        evidence.record("set", "(1, 0): IPC_NOWAIT semop failed with EAGAIN leaving (1, 0); the blocking one waited with"
                + " the set unchanged, sem0 free for others, and applied both once sem1 was posted: (0, 0)");
    }

    private static void assertValues(SemaphoreCalls calls, Handle set, int sem0, int sem1, String when) {
        assertThat(new int[] {calls.value(set, 0), calls.value(set, 1)}).as("(sem0, sem1) %s", when)
                .containsExactly(sem0, sem1);
    }
}
