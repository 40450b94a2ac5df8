package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH raise(), kill(), sigqueue(): a signal a process sends itself, unblocked, is handled before the call returns. */
class SignalSelfDeliverySpec {
    private static final Signal RT0 = Signal.realtime(0);

    @Property("SIG-SELF-DELIVERY")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND})
    void raiseAndKillOfItsOwnPidAreHandledBeforeTheyReturn(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        List<Delivery> raised = target.signalSend().sendToSelf(SelfSend.RAISE, Signal.SIGUSR1, 0);
        evidence.record("during raise(SIGUSR1)", SignalWaits.brief(raised));
        assertThat(raised).as("deliveries before raise(SIGUSR1) returned").extracting(Delivery::signal).containsExactly(Signal.SIGUSR1);

        List<Delivery> killed = target.signalSend().sendToSelf(SelfSend.KILL, Signal.SIGUSR1, 0);
        evidence.record("during kill(getpid(), SIGUSR1)", SignalWaits.brief(killed));
        assertThat(killed).as("deliveries before kill(getpid(), SIGUSR1) returned").extracting(Delivery::signal)
                .containsExactly(Signal.SIGUSR1);
        assertThat(killed.get(0).senderPid()).as("si_pid of kill(getpid())").isEqualTo(target.pid());
    }

    @Property("SIG-SELF-DELIVERY")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.REALTIME_SIGNALS})
    void sigqueueOfItsOwnPidIsHandledWithItsValueBeforeItReturns(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(RT0);
        List<Delivery> queued = target.signalSend().sendToSelf(SelfSend.SIGQUEUE, RT0, 42);
        evidence.record("during sigqueue(getpid(), SIGRTMIN, 42)", SignalWaits.brief(queued));
        assertThat(queued).as("deliveries before sigqueue(getpid()) returned").extracting(Delivery::signal, Delivery::value)
                .containsExactly(tuple(RT0, 42));
    }

    @Property("SIG-SELF-DELIVERY")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.SIGNAL_MASK})
    void aBlockedSignalRaisedStaysPendingUntilUnblocked(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalMask().block(Signal.SIGUSR1);
        assertThat(target.signalSend().sendToSelf(SelfSend.RAISE, Signal.SIGUSR1, 0)).as("deliveries of a blocked raise")
                .isEmpty();
        assertThat(target.signalMask().pending()).as("pending set after raising a blocked SIGUSR1").contains(Signal.SIGUSR1);
        List<Delivery> during = target.signalMask().unblock(Signal.SIGUSR1);
        evidence.record("on unblocking", SignalWaits.brief(during));
        assertThat(during).as("deliveries on unblocking").extracting(Delivery::signal).containsExactly(Signal.SIGUSR1);
    }
}
