package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH sigaction(): the mask a handler runs with, SA_NODEFER, the old mask restored, SA_RESETHAND. */
class SignalHandlerMaskSpec {
    private static final Signal RT1 = Signal.realtime(1);

    @Property("SIG-HANDLER-MASK")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_MASK,
            Feature.SIGNAL_SEND})
    void aHandlerRunsWithTheOldMaskItsSaMaskAndItsSignalAndTheOldMaskComesBack(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalMask().block(RT1);
        Set<Signal> old = target.signalMask().blocked();
        assertThat(old).as("the target's mask before the signal").contains(RT1);
        target.signalHandlers().handle(Signal.SIGUSR1, HandlerOptions.siginfoHandler().blocking(Signal.SIGUSR2));

        Delivery d = deliver(box, target);
        evidence.record("old mask", old);
        evidence.record("mask on entry (sa_mask [SIGUSR2])", d.maskOnEntry());
        assertThat(d.maskOnEntry()).as("the mask on entry: the old mask, sa_mask and the signal")
                .containsExactlyInAnyOrderElementsOf(union(old, Signal.SIGUSR1, Signal.SIGUSR2));
        assertThat(target.signalMask().blocked()).as("the mask after the handler returned").isEqualTo(old);
    }

    @Property("SIG-HANDLER-MASK")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_MASK,
            Feature.SIGNAL_SEND})
    void underSaNodeferTheSignalIsNotBlockedInItsOwnHandler(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Set<Signal> old = target.signalMask().blocked();
        target.signalHandlers().handle(Signal.SIGUSR1, HandlerOptions.siginfoHandler().withNoDefer());

        Delivery d = deliver(box, target);
        evidence.record("mask on entry (SA_NODEFER)", d.maskOnEntry());
        assertThat(d.maskOnEntry()).as("the mask on entry under SA_NODEFER, sa_mask empty").doesNotContain(Signal.SIGUSR1)
                .containsExactlyInAnyOrderElementsOf(old);
    }

    @Property("SIG-HANDLER-MASK")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_MASK,
            Feature.SIGNAL_SEND})
    void underSaResethandTheDefaultActionIsBackAfterTheFirstDelivery(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        // An sa_handler(int), installed without SA_SIGINFO (OPTS sigaction 5), one-shot.
        target.signalHandlers().handle(Signal.SIGUSR1, HandlerOptions.siginfoHandler().withoutSiginfo().withResetHand());

        Delivery d = deliver(box, target);
        evidence.record("first SIGUSR1, to the sa_handler", d);
        assertThat(d.source()).as("what an sa_handler knows of the sender").isEqualTo(Delivery.Source.OTHER);

        // SIG_DFL for SIGUSR1 terminates: the second one ends the target before it can answer again.
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Throwable after = catchThrowable(() -> target.signalMask().block());
        assertThat(after).as("the target after a second SIGUSR1 (log %s)", SignalWaits.brief(target.signalHandlers().deliveries()))
                .isInstanceOf(ProcessGoneException.class);
        ExitStatus status = target.awaitExit();
        evidence.record("after the second SIGUSR1", status);
        assertThat(status.signalName()).as("how the target ended").isEqualTo("SIGUSR1");
        assertThat(target.signalHandlers().deliveries()).as("deliveries the handler logged").hasSize(1);
    }

    /** Sends SIGUSR1 and returns its delivery once the handler has also returned. */
    private static Delivery deliver(Sandbox box, Proc target) {
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR1);
        // A call the target answers only after its handler has returned: sigprocmask with an empty set.
        target.signalMask().block();
        assertThat(d.maskOnEntry()).as("the handler's mask as %s logged it", target.name()).isNotNull();
        return d;
    }

    private static Set<Signal> union(Set<Signal> old, Signal... more) {
        Set<Signal> all = new LinkedHashSet<>(old);
        all.addAll(Set.of(more));
        return all;
    }
}
