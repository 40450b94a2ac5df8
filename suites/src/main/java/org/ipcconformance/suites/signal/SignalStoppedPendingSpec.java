package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §3: the kernel keeps a signal sent to a stopped process until the process resumes. */
class SignalStoppedPendingSpec {

    @Property("SIG-STOPPED-PENDING")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void aSignalSentWhileStoppedStaysPendingUntilSigcont(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        // kill(2) marks the signal pending before it returns; a stopped process cannot run its handler.
        assertThat(target.signalMask().pending()).as("pending set of the stopped target").contains(Signal.SIGUSR1);
        assertThat(target.signalHandlers().deliveries()).as("deliveries handled while stopped").isEmpty();
        assertThat(target.state().kind()).as("the target after SIGUSR1").isEqualTo(ProcState.Kind.STOPPED);
        evidence.record("while stopped", "state " + target.state() + ", pending " + target.signalMask().pending()
                + ", deliveries " + target.signalHandlers().deliveries().size());

        box.self().signalSend().kill(target, Signal.SIGCONT);
        SignalWaits.delivery(box, target, Signal.SIGUSR1);
        assertThat(target.signalHandlers().deliveries()).as("deliveries after SIGCONT").hasSize(1);
        assertThat(target.signalMask().pending()).as("pending set after the delivery").doesNotContain(Signal.SIGUSR1);
        evidence.record("after SIGCONT", SignalWaits.brief(target.signalHandlers().deliveries()));
    }
}
