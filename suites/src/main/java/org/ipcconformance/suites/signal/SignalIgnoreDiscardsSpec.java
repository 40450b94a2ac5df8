package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH sigaction(), 2.4.3: SIG_IGN discards a pending signal, and an unblocked ignored signal is never left pending. */
class SignalIgnoreDiscardsSpec {

    @Property("SIG-IGNORE-DISCARDS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void settingSigIgnDiscardsAPendingSignal(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalMask().block(Signal.SIGUSR1);
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        assertThat(target.signalMask().pending()).as("pending set while SIGUSR1 is blocked").contains(Signal.SIGUSR1);

        target.signalHandlers().ignore(Signal.SIGUSR1);
        evidence.record("pending after SIG_IGN", target.signalMask().pending());
        assertThat(target.signalMask().pending()).as("pending set once SIGUSR1 is ignored").doesNotContain(Signal.SIGUSR1);

        // Nothing is left to deliver when the handler is back and the signal unblocked.
        target.signalHandlers().handle(Signal.SIGUSR1);
        List<Delivery> during = target.signalMask().unblock(Signal.SIGUSR1);
        assertThat(during).as("deliveries on unblocking after SIG_IGN discarded the signal").isEmpty();
        assertThat(target.signalHandlers().deliveries()).as("the whole log").isEmpty();
    }

    @Property("SIG-IGNORE-DISCARDS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void anUnblockedSignalGeneratedWhileIgnoredIsNotLeftPending(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().ignore(Signal.SIGUSR2);
        box.self().signalSend().kill(target, Signal.SIGUSR2);
        evidence.record("pending after kill(SIGUSR2) while ignored", target.signalMask().pending());
        assertThat(target.signalMask().pending()).as("pending set after an ignored, unblocked SIGUSR2").doesNotContain(Signal.SIGUSR2);

        // A handler installed afterwards finds nothing: the signal was discarded when generated.
        target.signalHandlers().handle(Signal.SIGUSR2);
        List<Delivery> during = target.signalMask().unblock(Signal.SIGUSR2);
        assertThat(during).as("deliveries once a handler replaced SIG_IGN").isEmpty();
        assertThat(target.signalHandlers().deliveries()).as("the whole log").isEmpty();
    }
}
