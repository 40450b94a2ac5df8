package org.ipcconformance.adapter.jdk.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ExitStatus;
import org.junit.jupiter.api.Test;

class ExitStatusesTest {

    @Test
    void valuesAbove128AreSignalsOnLinuxAndTheRestExitCodes() {
        assertThat(ExitStatuses.of(0)).isEqualTo(ExitStatus.exited(0));
        assertThat(ExitStatuses.of(3)).isEqualTo(ExitStatus.exited(3));
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(ExitStatuses.of(137)).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
            assertThat(ExitStatuses.of(141)).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));
            assertThat(ExitStatuses.of(128 + 40)).isEqualTo(ExitStatus.killedBy(40, "SIGRTMIN+6"));
        }
    }
}
