package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX sigaction(), sigprocmask(): SIGKILL and SIGSTOP cannot be caught, ignored or blocked. */
class SignalUncatchableSpec {

    @Property("SIG-UNCATCHABLE")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void sigkillAndSigstopRefuseHandlersAndIgnoringAndBlockingThemHasNoEffect(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        for (Signal s : new Signal[] {Signal.SIGKILL, Signal.SIGSTOP}) {
            var caught = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "a handler for " + s,
                    () -> target.signalHandlers().handle(s));
            Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "ignoring " + s, () -> target.signalHandlers().ignore(s));
            evidence.record("sigaction " + s, caught.rawCode());
        }
        target.signalMask().block(Signal.SIGKILL, Signal.SIGSTOP, Signal.SIGUSR1);
        assertThat(target.signalMask().blocked()).as("the mask after blocking SIGKILL, SIGSTOP and SIGUSR1")
                .contains(Signal.SIGUSR1).doesNotContain(Signal.SIGKILL, Signal.SIGSTOP);
        evidence.record("mask", target.signalMask().blocked());

        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);
        box.self().signalSend().kill(target, Signal.SIGKILL);
        ExitStatus status = target.awaitExit();
        evidence.record("after SIGSTOP then SIGKILL", status);
        assertThat(status.signalName()).as("how the target ended (%s)", status).isEqualTo("SIGKILL");
    }

    /** Meaningful wherever processes can be killed at all (also a JVM's Process.destroyForcibly). */
    @Property("SIG-UNCATCHABLE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_SEND})
    void sigkillEndsAProcess(Sandbox box, Evidence evidence) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        box.self().signalSend().kill(child, Signal.SIGKILL);
        ExitStatus status = child.awaitExit();
        evidence.record("status", status);
        assertThat(status.killedBySignal()).as("%s ended by a signal (%s)", child.name(), status).isTrue();
        assertThat(status.signalName()).as("the signal that ended %s", child.name()).isEqualTo("SIGKILL");
    }
}
