package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH sigsuspend(): the given mask while waiting, EINTR after a handler, the old mask back; SIGKILL and SIGSTOP stay unblocked. */
class SignalSigsuspendSpec {

    @Property("SIG-SIGSUSPEND")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void itWaitsWithTheGivenMaskAndEndsWithEintrAfterAHandlerWithTheOldMaskBack(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalMask().block(Signal.SIGUSR1);
        Set<Signal> old = target.signalMask().blocked();

        Pending<Void> suspend = target.async("sigsuspend({SIGUSR2})", p -> {
            p.signalMask().sigsuspend(Signal.SIGUSR2);
            return null;
        });
        Blocking.assertBlocks(box, evidence, target, suspend);
        Set<Signal> during = target.signalMask().blocked();
        evidence.record("mask while suspended", during);
        assertThat(during).as("the mask while in sigsuspend({SIGUSR2})").contains(Signal.SIGUSR2).doesNotContain(Signal.SIGUSR1);

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        IpcException e = Errors.assertFailsWith(IpcError.INTERRUPTED, "sigsuspend after the SIGUSR1 handler ran", suspend::await);
        evidence.record("sigsuspend", "ended with " + e.rawCode() + " after " + SignalWaits.brief(target.signalHandlers().deliveries()));
        assertThat(target.signalHandlers().deliveries()).as("deliveries").extracting(d -> d.signal()).containsExactly(Signal.SIGUSR1);
        assertThat(target.signalMask().blocked()).as("the mask after sigsuspend returned").isEqualTo(old);
    }

    @Property("SIG-SIGSUSPEND")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void sigkillAndSigstopCannotBeBlockedThroughIt(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Pending<Void> suspend = target.async("sigsuspend({SIGUSR1, SIGKILL, SIGSTOP})", p -> {
            p.signalMask().sigsuspend(Signal.SIGUSR1, Signal.SIGKILL, Signal.SIGSTOP);
            return null;
        });
        Blocking.assertBlocks(box, evidence, target, suspend);
        assertThat(target.signalMask().blocked()).as("the mask while suspended").contains(Signal.SIGUSR1)
                .doesNotContain(Signal.SIGKILL, Signal.SIGSTOP);

        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);
        evidence.record("after SIGSTOP", target.state());
        box.self().signalSend().kill(target, Signal.SIGKILL);
        ExitStatus status = target.awaitExit();
        evidence.record("after SIGKILL", status);
        assertThat(status.signalName()).as("how the suspended target ended").isEqualTo("SIGKILL");
    }
}
