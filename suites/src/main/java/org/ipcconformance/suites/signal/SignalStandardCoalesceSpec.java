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

/** signal(7): standard signals do not queue; several pending instances are delivered once. */
class SignalStandardCoalesceSpec {
    private static final int SENT = 5;

    @Property("SIG-STANDARD-COALESCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND})
    void fiveInstancesOfABlockedStandardSignalAreDeliveredOnce(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalMask().block(Signal.SIGUSR1);
        for (int i = 0; i < SENT; i++) {
            box.self().signalSend().kill(target, Signal.SIGUSR1);
        }
        assertThat(target.signalMask().pending()).as("pending set after %d kills", SENT).contains(Signal.SIGUSR1);

        List<Delivery> during = target.signalMask().unblock(Signal.SIGUSR1);
        evidence.record("sent", SENT + " x SIGUSR1 while blocked");
        evidence.record("delivered", SignalWaits.brief(target.signalHandlers().deliveries()));
        assertThat(during).as("deliveries when SIGUSR1 was unblocked").extracting(Delivery::signal)
                .containsExactly(Signal.SIGUSR1);
        assertThat(target.signalHandlers().deliveries()).as("the whole log: %d instances sent", SENT).hasSize(1);
        assertThat(target.signalMask().pending()).as("pending set after the delivery").doesNotContain(Signal.SIGUSR1);
    }
}
