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

/** The clean model of shared memory and semaphores where the specs do not look. */
class IpcModelTest extends ModelTestSupport {

    @Test
    void aSystemVSegmentEndsWithTheExitOfItsLastAttachedProcessAfterRemoval() {
        try (Sandbox box = sandbox()) {
            Proc child = box.self().spawnChild(ChildOptions.inheriting());
            SharedMemoryCalls shm = child.sharedMemory(IpcFamily.SYSTEM_V);
            Handle h = shm.create("s", 64);
            shm.attach(h);
            shm.remove(h);
            assertThat(shm.status(h).removed()).isTrue();
            child.exit(); // the exit detaches
            SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.SYSTEM_V);
            assertThat(errorOf(() -> self.status(h))).isEqualTo(IpcError.INVALID_ARGUMENT);
            assertThat(errorOf(() -> self.open("s"))).isEqualTo(IpcError.NO_SUCH_FILE);
        }
    }

    @Test
    void namesAreExclusiveAndPosixHandlesBelongToTheirProcess() {
        try (Sandbox box = sandbox()) {
            SemaphoreCalls self = box.self().semaphores(IpcFamily.POSIX);
            Handle h = self.create("s", 1, 0);
            assertThat(errorOf(() -> self.create("s", 1, 0))).isEqualTo(IpcError.ALREADY_EXISTS);
            assertThat(errorOf(() -> self.create("t", 2, 0))).isEqualTo(IpcError.INVALID_ARGUMENT);
            Proc other = box.self().spawnUnrelated();
            assertThat(errorOf(() -> other.semaphores(IpcFamily.POSIX).post(h))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.operate(h, List.of(SemaphoreOp.of(0, 1)), false))).isEqualTo(IpcError.NOT_SUPPORTED);
        }
    }

    @Test
    void removingASystemVSetWakesItsWaitersWithRemoved() {
        try (Sandbox box = sandbox()) {
            SemaphoreCalls self = box.self().semaphores(IpcFamily.SYSTEM_V);
            Handle h = self.create("s", 1, 0);
            Proc child = box.self().spawnChild(ChildOptions.inheriting());
            Handle theirs = child.semaphores(IpcFamily.SYSTEM_V).open("s");
            Pending<IpcError> wait = child.async("wait", p -> errorOf(() -> p.semaphores(IpcFamily.SYSTEM_V).await(theirs)));
            assertBlocked(child, wait);
            self.remove(h);
            assertThat(wait.await()).isEqualTo(IpcError.REMOVED);
        }
    }

    @Test
    void aWaitForZeroWaitsUntilTheValueIsZero() {
        try (Sandbox box = sandbox()) {
            SemaphoreCalls self = box.self().semaphores(IpcFamily.SYSTEM_V);
            Handle h = self.create("s", 1, 1);
            assertThat(errorOf(() -> self.operate(h, List.of(SemaphoreOp.of(0, 0)), true))).isEqualTo(IpcError.WOULD_BLOCK);
            self.await(h);
            self.operate(h, List.of(SemaphoreOp.of(0, 0)), true);
        }
    }

    @Test
    void unguardedIncrementsNeverCountMoreThanWereMade() {
        try (Sandbox box = sandbox()) {
            SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
            Mapping m = self.attach(self.create("c", 64));
            Proc a = box.self().spawnChild(ChildOptions.inheriting());
            Proc b = box.self().spawnChild(ChildOptions.inheriting());
            Mapping ma = a.sharedMemory(IpcFamily.POSIX).attach(a.sharedMemory(IpcFamily.POSIX).open("c"));
            Mapping mb = b.sharedMemory(IpcFamily.POSIX).attach(b.sharedMemory(IpcFamily.POSIX).open("c"));
            Pending<Void> first = a.async("inc", p -> { p.sharedMemory(IpcFamily.POSIX).incrementUnsynchronized(ma, 0, 5000); return null; });
            Pending<Void> second = b.async("inc", p -> { p.sharedMemory(IpcFamily.POSIX).incrementUnsynchronized(mb, 0, 5000); return null; });
            first.await();
            second.await();
            long counter = java.nio.ByteBuffer.wrap(self.load(m, 0, 8)).order(java.nio.ByteOrder.nativeOrder()).getLong();
            assertThat(counter).isBetween(5000L, 10_000L);
        }
    }
}
