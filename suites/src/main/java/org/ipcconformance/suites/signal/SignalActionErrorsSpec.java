package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.signal.SignalAction;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH sigaction(): EINVAL for what is not a signal, act NULL only queries, oact reinstallable. */
class SignalActionErrorsSpec {

    @Property("SIG-ACTION-ERRORS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS})
    void theNullSignalAndANumberPastTheHighestAreRefusedWithEinval(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        for (Signal invalid : new Signal[] {Signal.NULL_SIGNAL, Signal.PAST_HIGHEST}) {
            IpcException query = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "sigaction(" + invalid + ", NULL, &oact)",
                    () -> target.signalHandlers().sigaction(invalid, null));
            IpcException install = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "sigaction(" + invalid + ", handler)",
                    () -> target.signalHandlers().handle(invalid, HandlerOptions.siginfoHandler()));
            evidence.record(invalid.name(), query.rawCode() + " / " + install.rawCode());
        }
    }

    @Property("SIG-ACTION-ERRORS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_SEND})
    void actNullOnlyQueriesAndOactInstallsThePreviousActionAgain(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        HandlerOptions options = HandlerOptions.siginfoHandler().withRestart().blocking(Signal.SIGUSR2);
        target.signalHandlers().handle(Signal.SIGUSR1, options);

        SignalAction handler = target.signalHandlers().sigaction(Signal.SIGUSR1, null);
        evidence.record("query", handler);
        assertThat(handler.kind()).as("the action reported for SIGUSR1").isEqualTo(SignalAction.Kind.HANDLER);
        assertThat(handler.options().restart()).as("SA_RESTART of the reported action").isTrue();
        assertThat(handler.options().mask()).as("sa_mask of the reported action").contains(Signal.SIGUSR2);
        assertThat(target.signalHandlers().sigaction(Signal.SIGUSR1, null).kind()).as("the action after a query (act NULL)")
                .isEqualTo(SignalAction.Kind.HANDLER);

        target.signalHandlers().ignore(Signal.SIGUSR1);
        SignalAction replaced = target.signalHandlers().sigaction(Signal.SIGUSR1, handler);
        evidence.record("oact of reinstalling the handler", replaced);
        assertThat(replaced.kind()).as("oact while SIGUSR1 was ignored").isEqualTo(SignalAction.Kind.IGNORE);
        SignalAction back = target.signalHandlers().sigaction(Signal.SIGUSR1, null);
        assertThat(back.kind()).as("the action after reinstalling the saved one").isEqualTo(SignalAction.Kind.HANDLER);
        assertThat(back.options()).as("the reinstalled handler's flags and sa_mask").isEqualTo(handler.options());

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR1);
        evidence.record("SIGUSR1 to the reinstalled handler", d);
    }
}
