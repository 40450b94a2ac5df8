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

/** POSIX sigprocmask(): a blocked signal stays pending; unblocking delivers it before the call returns. */
class SignalBlockedDeferredSpec {

    @Property("SIG-BLOCKED-DEFERRED")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void aBlockedSignalStaysPendingAndIsDeliveredBeforeUnblockReturns(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalMask().block(Signal.SIGUSR1);
        assertThat(target.signalMask().blocked()).as("the target's mask after SIG_BLOCK").contains(Signal.SIGUSR1);

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        assertThat(target.signalMask().pending()).as("pending set with SIGUSR1 blocked").contains(Signal.SIGUSR1);
        assertThat(target.signalHandlers().deliveries()).as("deliveries while blocked").isEmpty();
        evidence.record("while blocked", "pending " + target.signalMask().pending() + ", no delivery");

        List<Delivery> during = target.signalMask().unblock(Signal.SIGUSR1);
        evidence.record("delivered before sigprocmask returned", SignalWaits.brief(during));
        assertThat(during).as("deliveries recorded before SIG_UNBLOCK returned").extracting(Delivery::signal)
                .containsExactly(Signal.SIGUSR1);
        assertThat(target.signalMask().pending()).as("pending set after unblocking").doesNotContain(Signal.SIGUSR1);
        assertThat(target.signalHandlers().deliveries()).as("the whole log").isEqualTo(during);
    }
}
