package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §3: software sources, kill() from another process, a termination request, abort(). */
class SignalSoftwareSourceSpec {

    @Property("SIG-SOFTWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND})
    void killFromAnotherProcessIsHandledWithItsSender(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Proc sender = box.self().spawnUnrelated();
        target.signalHandlers().handle(Signal.SIGUSR2);
        sender.signalSend().kill(target, Signal.SIGUSR2);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR2);
        evidence.record("delivery", d + " (sender " + sender.name() + " is pid " + sender.pid() + ")");
        assertThat(d.source()).as("si_code of %s", d).isEqualTo(Delivery.Source.USER);
        assertThat(d.senderPid()).as("si_pid of %s", d).isEqualTo(sender.pid());
    }

    /** Meaningful wherever a termination request can be sent (also a JVM's Process.destroy). */
    @Property("SIG-SOFTWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_SEND})
    void aTerminationRequestEndsAProcessAtTheDefaultDisposition(Sandbox box, Evidence evidence) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        box.self().signalSend().kill(child, Signal.SIGTERM);
        ExitStatus status = child.awaitExit();
        evidence.record("status", status);
        assertThat(status.killedBySignal()).as("%s ended by a signal (%s)", child.name(), status).isTrue();
        assertThat(status.signalName()).as("the signal that ended %s", child.name()).isEqualTo("SIGTERM");
    }

    @Property("SIG-SOFTWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_FAULTS})
    void abortEndsTheCallerWithSigabrt(Sandbox box, Evidence evidence) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        Throwable thrown = catchThrowable(() -> child.signalFaults().abort());
        assertThat(thrown).as("abort()").isInstanceOf(ProcessGoneException.class);
        ExitStatus status = child.awaitExit();
        evidence.record("status", status);
        assertThat(status.signalName()).as("how the caller of abort() ended (%s)", status).isEqualTo("SIGABRT");
    }

    @Property("SIG-SOFTWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_FAULTS, Feature.SIGNAL_HANDLERS})
    void abortEndsTheCallerEvenWhenItsSigabrtHandlerReturns(Sandbox box, Evidence evidence) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        child.signalHandlers().handle(Signal.SIGABRT);
        Throwable thrown = catchThrowable(() -> child.signalFaults().abort());
        assertThat(thrown).as("abort() with a SIGABRT handler that returns").isInstanceOf(ProcessGoneException.class);
        ExitStatus status = child.awaitExit();
        evidence.record("log", SignalWaits.brief(child.signalHandlers().deliveries()));
        evidence.record("status", status);
        assertThat(child.signalHandlers().deliveries()).as("the caller's own log")
                .extracting(Delivery::signal, Delivery::senderPid).containsExactly(tuple(Signal.SIGABRT, child.pid()));
        assertThat(status.signalName()).as("how the caller of abort() ended (%s)", status).isEqualTo("SIGABRT");
    }
}
