package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real agent that SIGKILL cannot end (frozen in a cgroup while blocked in a read): sandbox close
 * returns within its patience, ends the operation pending in the agent, ends the other agents, and
 * reports the stuck one as BROKEN with its name, pid, state and what was tried.
 */
class UnkillableAgentTest extends SandboxTest {

    @Test
    void closeGivesUpOnAFrozenAgentAndNamesItItsStateAndWhatWasTried() throws Exception {
        Optional<String> unavailable = FrozenCgroup.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
        Proc stuck = self.spawnChild(ChildOptions.inheriting());
        Proc other = self.spawnUnrelated();
        Pipe pipe = stuck.pipes().pipe();
        Pending<byte[]> read = stuck.async("read", p -> p.pipes().read(pipe.readEnd(), 16));
        eventually().until(() -> stuck.state().kind() == ProcState.Kind.BLOCKED);
        try (FrozenCgroup frozen = FrozenCgroup.freeze(stuck.pid(), Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            assertThatThrownBy(box::close).isInstanceOf(HarnessException.class)
                    .hasMessageContaining(stuck.name() + " (pid " + stuck.pid() + ") will not die")
                    .hasMessageContaining("state D (disk sleep)")
                    .hasMessageContaining("__refrigerator")
                    .hasMessageContaining("tried: shut down its control channel, SIGKILL, then waited");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            eventually().until(read::isDone);
            assertThatThrownBy(read::await).isInstanceOf(HarnessException.class).hasMessageContaining("will not die");
            assertThat(ProcessHandle.of(other.pid()).map(ProcessHandle::isAlive)).as("the other agent").isNotEqualTo(Optional.of(true));
        }
        assertThat(ProcessHandle.of(stuck.pid()).map(ProcessHandle::isAlive)).as("the agent once thawed").isNotEqualTo(Optional.of(true));
    }
}
