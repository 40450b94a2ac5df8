package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH 2.4.1: SIGCONT and the stop signals discard each other's pending instances; SIGCONT within a session needs no uid match. */
class SignalStopContSpec {

    @Property("SIG-STOP-CONT")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void sigcontAndTheStopSignalsDiscardEachOthersPendingInstances(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalMask().block(Signal.SIGTSTP, Signal.SIGCONT);
        box.self().signalSend().kill(target, Signal.SIGTSTP);
        assertThat(target.signalMask().pending()).as("pending after a blocked SIGTSTP").contains(Signal.SIGTSTP);
        box.self().signalSend().kill(target, Signal.SIGCONT);
        evidence.record("pending after SIGCONT", target.signalMask().pending());
        assertThat(target.signalMask().pending()).as("pending after SIGCONT was generated")
                .doesNotContain(Signal.SIGTSTP).contains(Signal.SIGCONT);

        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);
        evidence.record("pending after SIGSTOP", target.signalMask().pending());
        assertThat(target.signalMask().pending()).as("pending after SIGSTOP was generated").doesNotContain(Signal.SIGCONT);
        box.self().signalSend().kill(target, Signal.SIGCONT);
        target.signalMask().block(); // answers only once continued
        evidence.record("after a last SIGCONT", target.state());
    }

    @Property("SIG-STOP-CONT")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND, Feature.UNPRIVILEGED_CHILD})
    void sigcontReachesAnotherUsersProcessInTheSameSession(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Proc sender = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);
        IpcException refused = Errors.assertFailsWith(IpcError.NOT_PERMITTED, "unprivileged kill(SIGUSR1) to another user's process",
                () -> sender.signalSend().kill(target, Signal.SIGUSR1));
        evidence.record("SIGUSR1 from the other user", refused.rawCode());
        sender.signalSend().kill(target, Signal.SIGCONT);
        target.signalMask().block(); // answers only once continued
        evidence.record("after SIGCONT from the other user of the session", target.state());
        assertThat(target.state().kind()).as("the target after SIGCONT").isNotEqualTo(ProcState.Kind.STOPPED);
    }
}
