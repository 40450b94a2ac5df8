package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.ipcconformance.adapter.simulator.kernel.DeadlockException;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** The model proves a hang at once: every thread waits, none could wake another. */
class DeadlockTest extends ModelTestSupport {

    @Test
    void waitingForAReaderThatNoOneCanWakeIsADeadlockNamingWhoWaitsOnWhat() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.readEnd()));
            Pending<byte[]> read = child.async("read the empty pipe", c -> c.pipes().read(p.readEnd(), 10));
            assertBlocked(child, read);
            assertThat(box.deadlock()).as("a blocked child alone is no deadlock: the spec could still write").isEmpty();

            Throwable thrown = catchThrowable(read::await);

            assertThat(thrown).isInstanceOf(DeadlockException.class);
            assertThat(box.deadlock()).hasValueSatisfying(d -> assertThat(d)
                    .contains("child-1 asleep in read(fd 3) on pipe#1", "the spec waits for child-1: read the empty pipe"));
            assertThat(catchThrowable(() -> self.pipes().write(p.writeEnd(), bytes("late"))))
                    .as("nothing runs in a deadlocked sandbox").isInstanceOf(DeadlockException.class);
        }
    }

    @Test
    void aWaitThatAnotherRunningThreadEndsIsNoDeadlock() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc reader = self.spawnChild(ChildOptions.inheriting(p.readEnd()));
            Proc writer = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            Pending<byte[]> read = reader.async("read", c -> c.pipes().read(p.readEnd(), 10));
            assertBlocked(reader, read);
            Pending<Integer> write = writer.async("write", c -> c.pipes().write(p.writeEnd(), bytes("hi")));

            assertThat(text(read.await())).isEqualTo("hi");
            assertThat(write.await()).isEqualTo(2);
            assertThat(box.deadlock()).isEmpty();
        }
    }

    @Test
    void theLostWakeupFaultHangsAWaitingReaderWhateverTheTiming() {
        try (Sandbox box = sandbox("lost-wakeup")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            Pending<Integer> write = child.async("write 1 MiB", c -> c.pipes().write(p.writeEnd(), pattern(1 << 20)));

            Throwable thrown = catchThrowable(() -> readFully(self, p.readEnd(), 1 << 20));

            assertThat(thrown).isInstanceOf(DeadlockException.class);
            assertThat(box.deadlock()).hasValueSatisfying(d -> assertThat(d).contains("self asleep in read", "child-1 asleep in write"));
            assertThat(catchThrowable(write::await)).isInstanceOf(DeadlockException.class);
        }
    }
}
