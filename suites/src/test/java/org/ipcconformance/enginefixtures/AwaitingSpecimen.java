package org.ipcconformance.enginefixtures;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Property;

/** Waits for events that never come: in the spec itself (FAIL), and inside a harness step (BROKEN). */
public class AwaitingSpecimen {

    @Property("PIPE-EOF")
    void awaitsAnEventThatNeverComes(Sandbox box) {
        Proc self = box.self();
        await("%s to hold a byte it was never sent".formatted(self.name())).atMost(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(10)).until(() -> false);
    }

    @Property("PIPE-ORDER")
    void aHarnessStepGivesUpWaiting(Sandbox box) {
        try {
            await("the harness's helper to start").atMost(Duration.ofMillis(50)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10)).until(() -> false);
        } catch (ConditionTimeoutException e) {
            throw new HarnessException("the helper did not start", e);
        }
    }
}
