package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

/** While an agent sits in a request, the observing and ending calls answer without waiting for it. */
class ConcurrentCallsTest extends SandboxTest {

    @Test
    void aBlockedAgentCanBeWatchedAndKilledButNotAskedAgain() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        child.signalHandlers().handle(Signal.SIGUSR1);
        Pending<byte[]> read = child.async("read", p -> p.pipes().read(pipe.readEnd(), 1));
        eventually().until(() -> child.state().isBlocked());

        assertThat(child.signalHandlers().deliveries()).isEmpty();
        assertThat(child.signalMask().blocked()).isEmpty();
        assertThat(child.signalMask().pending()).isEmpty();
        assertThatThrownBy(() -> child.memory().readGlobal()).isInstanceOf(HarnessException.class)
                .hasMessageContaining("one operation at a time");

        child.kill();
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        assertThatThrownBy(read::await).isInstanceOf(ProcessGoneException.class);
    }
}
