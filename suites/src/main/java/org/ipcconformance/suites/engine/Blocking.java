package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;

/**
 * Shows that an operation blocks. Where the adapter can observe process state, the evidence is
 * the process seen asleep inside the operation (deterministic, also on a loaded machine). Where
 * it cannot, and only then, a short bounded window in which the operation must not complete.
 */
public final class Blocking {
    /** How long a process may take to reach the blocking call; generous for loaded machines. */
    private static final Duration REACH = Duration.ofSeconds(10);
    /** The fallback window for adapters without process state. */
    private static final Duration WINDOW = Duration.ofMillis(300);

    private Blocking() {
    }

    public static void assertBlocks(Sandbox box, Evidence evidence, Proc proc, Pending<?> operation) {
        if (box.features().has(Feature.PROCESS_STATE)) {
            await("%s to block".formatted(operation)).atMost(REACH).pollInterval(Duration.ofMillis(5))
                    .until(() -> operation.isDone() || proc.state().isBlocked());
            ProcState state = proc.state();
            assertThat(operation.isDone()).as("%s completed instead of blocking", operation).isFalse();
            assertThat(state.isBlocked()).as("state of %s while %s", proc.name(), operation).isTrue();
            evidence.record("blocked", proc.name() + " " + state);
        } else {
            await("%s to stay blocked".formatted(operation)).during(WINDOW).atMost(WINDOW.multipliedBy(3))
                    .until(() -> !operation.isDone());
            evidence.record("blocked", operation + " had not completed after " + WINDOW.toMillis()
                    + " ms (no process state on this adapter)");
        }
    }

    /**
     * Shows that an operation returns without waiting for anyone, and returns its result. Where
     * the adapter can observe process state, a process seen asleep inside the operation fails at
     * once (an operation that waits for a partner who never comes would otherwise hang); where it
     * cannot, the operation's completion alone is the evidence (a hang is the spec's TIMEOUT).
     */
    public static <T> T assertDoesNotBlock(Sandbox box, Evidence evidence, Proc proc, Pending<T> operation) {
        if (box.features().has(Feature.PROCESS_STATE)) {
            await("%s to complete or block".formatted(operation)).atMost(REACH).pollInterval(Duration.ofMillis(5))
                    .until(() -> operation.isDone() || proc.state().isBlocked());
            if (!operation.isDone()) {
                ProcState state = proc.state();
                assertThat(state.isBlocked() && !operation.isDone()).as("%s must not block, but %s is %s", operation, proc.name(), state)
                        .isFalse();
            }
        }
        T result = operation.await();
        evidence.record("returned at once", operation.toString());
        return result;
    }
}
