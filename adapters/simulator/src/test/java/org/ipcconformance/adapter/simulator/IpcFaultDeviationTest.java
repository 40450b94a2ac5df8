package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;
import org.junit.jupiter.api.Test;

/** One test per shared memory and semaphore fault: the deviation it plants, seen through the SPI. */
class IpcFaultDeviationTest extends ModelTestSupport {

    @Test
    void segmentCopiedPerProcess() {
        try (Sandbox box = sandbox("segment-copied-per-process")) {
            SharedMemoryCalls shm = box.self().sharedMemory(IpcFamily.POSIX);
            Mapping a = shm.attach(shm.create("s", 64));
            Mapping b = shm.attach(shm.open("s"));
            shm.store(a, 0, bytes("x"));
            assertThat(shm.load(b, 0, 1)).containsExactly(0);
        }
    }

    @Test
    void storeVisibleAfterSyscall() {
        try (Sandbox box = sandbox("store-visible-after-syscall")) {
            Proc other = box.self().spawnChild(ChildOptions.inheriting());
            SharedMemoryCalls mine = box.self().sharedMemory(IpcFamily.SYSTEM_V);
            SharedMemoryCalls theirs = other.sharedMemory(IpcFamily.SYSTEM_V);
            Mapping a = mine.attach(mine.create("s", 64));
            Handle h = theirs.open("s");
            Mapping b = theirs.attach(h);
            mine.store(a, 0, bytes("x"));
            assertThat(theirs.load(b, 0, 1)).as("before either made a call").containsExactly(0);
            mine.status(mine.open("s")); // the writer's call publishes its store
            theirs.status(h); // the reader's call brings it in
            assertThat(text(theirs.load(b, 0, 1))).isEqualTo("x");
        }
    }

    @Test
    void removalDestroysAttached() {
        try (Sandbox box = sandbox("removal-destroys-attached")) {
            SharedMemoryCalls shm = box.self().sharedMemory(IpcFamily.SYSTEM_V);
            Handle h = shm.create("s", 64);
            Mapping m = shm.attach(h);
            shm.remove(h);
            assertThat(errorOf(() -> shm.load(m, 0, 1))).isEqualTo(IpcError.OTHER);
        }
    }

    @Test
    void semaphoreGoesNegative() {
        try (Sandbox box = sandbox("semaphore-goes-negative")) {
            SemaphoreCalls sem = box.self().semaphores(IpcFamily.POSIX);
            Handle h = sem.create("s", 1, 0);
            sem.tryAwait(h);
            assertThat(sem.value(h, 0)).isEqualTo(-1);
        }
    }

    @Test
    void waitDoesNotBlock() {
        try (Sandbox box = sandbox("wait-does-not-block")) {
            SemaphoreCalls sem = box.self().semaphores(IpcFamily.SYSTEM_V);
            Handle h = sem.create("s", 1, 0);
            sem.await(h);
            assertThat(sem.value(h, 0)).isZero();
            assertThat(errorOf(() -> sem.tryAwait(h))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void semaphoreDoesNotExclude() {
        try (Sandbox box = sandbox("semaphore-does-not-exclude")) {
            SemaphoreCalls self = box.self().semaphores(IpcFamily.POSIX);
            Handle h = self.create("s", 1, 0);
            Proc a = box.self().spawnChild(ChildOptions.inheriting());
            Proc b = box.self().spawnChild(ChildOptions.inheriting());
            Handle ha = a.semaphores(IpcFamily.POSIX).open("s");
            Handle hb = b.semaphores(IpcFamily.POSIX).open("s");
            Pending<Void> first = a.async("wait", p -> { p.semaphores(IpcFamily.POSIX).await(ha); return null; });
            Pending<Void> second = b.async("wait", p -> { p.semaphores(IpcFamily.POSIX).await(hb); return null; });
            assertBlocked(a, first);
            assertBlocked(b, second);
            self.post(h);
            first.await();
            second.await();
            assertThat(self.value(h, 0)).as("one post let both in").isEqualTo(-1);
        }
    }

    @Test
    void partialSemop() {
        try (Sandbox box = sandbox("partial-semop")) {
            SemaphoreCalls sem = box.self().semaphores(IpcFamily.SYSTEM_V);
            Handle h = sem.create("s", 2, 0);
            sem.operate(h, List.of(SemaphoreOp.of(0, 1)), true);
            assertThat(errorOf(() -> sem.operate(h, List.of(SemaphoreOp.of(0, -1), SemaphoreOp.of(1, -1)), true)))
                    .isEqualTo(IpcError.WOULD_BLOCK);
            assertThat(sem.value(h, 0)).as("sem0 taken although the semop failed").isZero();
        }
    }

    @Test
    void undoNotApplied() {
        try (Sandbox box = sandbox("undo-not-applied")) {
            SemaphoreCalls self = box.self().semaphores(IpcFamily.SYSTEM_V);
            Handle h = self.create("s", 1, 1);
            Proc child = box.self().spawnChild(ChildOptions.inheriting());
            SemaphoreCalls calls = child.semaphores(IpcFamily.SYSTEM_V);
            calls.operate(calls.open("s"), List.of(SemaphoreOp.of(0, -1).withUndo()), true);
            child.exit();
            assertThat(self.value(h, 0)).isZero();
        }
    }
}
