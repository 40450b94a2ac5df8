package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX semop() SEM_UNDO: the kernel reverts a process's adjustments when it terminates. */
class SemUndoOnExitSpec {

    @Property("SEM-UNDO-ON-EXIT")
    @Requires({Feature.MULTI_PROCESS, Feature.SYSV_SEMAPHORES})
    void systemVSemUndoAdjustmentsAreRevertedWhenTheProcessEnds(Sandbox box, Evidence evidence) {
        IpcFamily family = IpcFamily.SYSTEM_V;
        evidence.record("family", family.title());
        SemaphoreCalls self = box.self().semaphores(family);
        Handle lock = self.create("lock", 1, 1);

        StringBuilder seen = new StringBuilder();
        adjustAndEnd(box, self, lock, -1, "exit", Proc::exit, seen);
        adjustAndEnd(box, self, lock, -1, "SIGKILL", Proc::kill, seen);
        adjustAndEnd(box, self, lock, +1, "exit", Proc::exit, seen);
        evidence.record("undo", seen);
    }

    private static void adjustAndEnd(Sandbox box, SemaphoreCalls self, Handle lock, int delta, String ending,
                                     Consumer<Proc> end, StringBuilder seen) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        SemaphoreCalls calls = child.semaphores(IpcFamily.SYSTEM_V);
        calls.operate(calls.open("lock"), List.of(SemaphoreOp.of(0, delta).withUndo()), true);
        assertThat(self.value(lock, 0)).as("the value after %s's semop %+d with SEM_UNDO", child.name(), delta)
                .isEqualTo(1 + delta);
        end.accept(child);
        assertThat(self.value(lock, 0)).as("the value after %s ended by %s (its %+d undone)", child.name(), ending, delta)
                .isEqualTo(1);
        seen.append(seen.length() == 0 ? "" : "; ").append(child.name()).append(": ").append(delta > 0 ? "+1" : "-1")
                .append(" with SEM_UNDO (value ").append(1 + delta).append("), ended by ").append(ending)
                .append(", value back to 1");
    }
}
