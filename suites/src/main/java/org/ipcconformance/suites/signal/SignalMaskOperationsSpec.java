package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.MaskChange;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH sigprocmask(): SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK, oset, a NULL set, an invalid how. */
class SignalMaskOperationsSpec {
    private static final Signal RT0 = Signal.realtime(0);

    @Property("SIG-MASK-OPERATIONS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_MASK})
    void blockUnitesUnblockRemovesSetmaskReplacesAndOsetIsThePreviousMask(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Set<Signal> initial = target.signalMask().sigprocmask(MaskChange.BLOCK, null);
        evidence.record("initial mask (set NULL)", initial);
        assertThat(initial).as("the initial mask of a new target").doesNotContain(Signal.SIGUSR1, Signal.SIGUSR2, RT0);

        assertThat(target.signalMask().sigprocmask(MaskChange.BLOCK, Set.of(Signal.SIGUSR1))).as("oset of SIG_BLOCK {SIGUSR1}")
                .isEqualTo(initial);
        assertThat(target.signalMask().sigprocmask(MaskChange.BLOCK, Set.of(Signal.SIGUSR2))).as("oset of SIG_BLOCK {SIGUSR2}")
                .isEqualTo(with(initial, Signal.SIGUSR1));
        assertThat(target.signalMask().sigprocmask(MaskChange.UNBLOCK, Set.of(Signal.SIGUSR1))).as("oset of SIG_UNBLOCK {SIGUSR1}")
                .isEqualTo(with(initial, Signal.SIGUSR1, Signal.SIGUSR2));
        assertThat(target.signalMask().sigprocmask(MaskChange.SET_MASK, Set.of(RT0))).as("oset of SIG_SETMASK {SIGRTMIN}")
                .isEqualTo(with(initial, Signal.SIGUSR2));

        // A NULL set only queries: the how passed with it changes nothing.
        Set<Signal> now = target.signalMask().sigprocmask(MaskChange.UNBLOCK, null);
        assertThat(now).as("the mask after SIG_SETMASK {SIGRTMIN}, queried with set NULL").containsExactly(RT0);
        assertThat(target.signalMask().blocked()).as("the mask seen from outside after the query").containsExactly(RT0);
        evidence.record("after SIG_SETMASK {SIGRTMIN}", now);
    }

    @Property("SIG-MASK-OPERATIONS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_MASK})
    void anInvalidHowFailsWithEinvalAndLeavesTheMaskUnchanged(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalMask().sigprocmask(MaskChange.SET_MASK, Set.of(Signal.SIGUSR1));
        IpcException e = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "sigprocmask with a how no system defines",
                () -> target.signalMask().sigprocmask(MaskChange.INVALID, Set.of(Signal.SIGUSR2)));
        evidence.record("invalid how", e.rawCode());
        assertThat(target.signalMask().sigprocmask(MaskChange.BLOCK, null)).as("the mask after the refused call")
                .containsExactly(Signal.SIGUSR1);
    }

    private static Set<Signal> with(Set<Signal> base, Signal... more) {
        Set<Signal> all = new LinkedHashSet<>(base);
        all.addAll(Set.of(more));
        return all;
    }
}
