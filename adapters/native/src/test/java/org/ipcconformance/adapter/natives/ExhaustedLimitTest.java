package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.Limits;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

/**
 * An exhausted resource limit is BROKEN naming the limit and its value, never a FAIL of the
 * property: provoked for real by lowering an agent's own limit with prlimit(2), then making the
 * call that needs one more.
 */
class ExhaustedLimitTest extends SandboxTest {

    @Test
    void aPipeRefusedByTheDescriptorLimitIsBrokenNamingRlimitNofileAndItsValue() {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        lower(child, Limits.RLIMIT_NOFILE, 3);

        assertThatThrownBy(() -> child.pipes().pipe()).isInstanceOf(HarnessException.class)
                .hasMessageContaining("system limit hit: RLIMIT_NOFILE (open descriptors per process) of " + child.name())
                .hasMessageContaining("= soft 3, hard 3 reached")
                .hasMessageContaining("errno 24 (EMFILE)");
    }

    @Test
    void aSigqueueRefusedByTheReceiversQueueLimitIsBrokenNamingRlimitSigpendingAndItsValue() {
        Proc receiver = self.spawnChild(ChildOptions.inheriting());
        Proc sender = self.spawnChild(ChildOptions.inheriting());
        Signal rt = Signal.realtime(1);
        receiver.signalMask().block(rt);
        lower(receiver, Limits.RLIMIT_SIGPENDING, 0);

        assertThatThrownBy(() -> self.realtimeSignals().queue(receiver, rt, 7)).as("sigqueue from the harness")
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("system limit hit: RLIMIT_SIGPENDING (queued signals per real user) of " + receiver.name())
                .hasMessageContaining("= soft 0, hard 0 reached")
                .hasMessageContaining("EAGAIN");
        assertThatThrownBy(() -> sender.realtimeSignals().queue(receiver, rt, 8)).as("sigqueue from another agent")
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("RLIMIT_SIGPENDING (queued signals per real user) of " + receiver.name());
        assertThat(receiver.signalMask().pending()).as("nothing was queued").doesNotContain(rt);
    }

    /** prlimit on the agent from the harness, its parent: soft and hard both to {@code value}. */
    private static void lower(Proc agent, int resource, long value) {
        try (Memory limit = new Memory(16)) {
            limit.setLong(0, value);
            limit.setLong(8, value);
            if (Libc.prlimit((int) agent.pid(), resource, limit, null) < 0) {
                throw new IllegalStateException("prlimit(" + agent.pid() + ", " + resource + "): "
                        + Errno.describe(Native.getLastError()));
            }
        }
    }
}
