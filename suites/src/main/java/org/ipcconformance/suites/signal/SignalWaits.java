package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * Waiting on what a process itself shows: its delivery log and its scheduling state. Both are
 * polled, never slept on; the bound is generous for loaded machines and only ends a failure.
 */
final class SignalWaits {
    private static final Duration REACH = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(2);

    private SignalWaits() {
    }

    /**
     * The first delivery of {@code signal} in {@code proc}'s log, once its handler has recorded
     * one. A process seen EXITED (where the adapter shows state) will record nothing more: that
     * fails at once, naming how it ended.
     */
    static Delivery delivery(Sandbox box, Proc proc, Signal signal) {
        boolean observable = box.features().has(Feature.PROCESS_STATE);
        await("%s's handler to record %s".formatted(proc.name(), signal)).atMost(REACH).pollInterval(POLL)
                .until(() -> of(proc.signalHandlers().deliveries(), signal) != null
                        || observable && proc.state().kind() == ProcState.Kind.EXITED);
        Delivery d = of(proc.signalHandlers().deliveries(), signal);
        assertThat(d).as("%s's log %s: %s was not handled before it ended (%s)", proc.name(),
                brief(proc.signalHandlers().deliveries()), signal, observable ? proc.state() : "?").isNotNull();
        return d;
    }

    static void state(Proc proc, ProcState.Kind kind) {
        await("%s to be %s".formatted(proc.name(), kind)).atMost(REACH).pollInterval(POLL)
                .until(() -> proc.state().kind() == kind);
    }

    private static Delivery of(List<Delivery> log, Signal signal) {
        return log.stream().filter(d -> d.signal().equals(signal)).findFirst().orElse(null);
    }

    /** {@code SIGRTMIN+1=3} for the evidence. */
    static String brief(List<Delivery> log) {
        return log.stream().map(d -> d.signal() + (d.source() == Delivery.Source.QUEUE ? "=" + d.value() : "")
                + " from " + d.source() + (d.senderPid() >= 0 ? " pid " + d.senderPid() : "")).toList().toString();
    }
}
