package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX 2.4.2: real-time signals queue with their values; the lowest-numbered pending one comes first. */
class SignalRealtimeQueuedSpec {
    private static final Signal RT0 = Signal.realtime(0);
    private static final Signal RT1 = Signal.realtime(1);

    @Property("SIG-REALTIME-QUEUED")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.REALTIME_SIGNALS})
    void everyQueuedInstanceIsDeliveredWithItsValueLowestSignalFirst(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(RT0);
        target.signalHandlers().handle(RT1);
        target.signalMask().block(RT0, RT1);
        // The higher signal is sent first, so that delivery order cannot be mere arrival order.
        for (int value : new int[] {1, 2, 3}) {
            box.self().realtimeSignals().queue(target, RT1, value);
        }
        for (int value : new int[] {4, 5}) {
            box.self().realtimeSignals().queue(target, RT0, value);
        }
        assertThat(target.signalMask().pending()).as("pending set while blocked").contains(RT0, RT1);

        List<Delivery> during = target.signalMask().unblock(RT0, RT1);
        evidence.record("sent", "SIGRTMIN+1 = 1, 2, 3 then SIGRTMIN = 4, 5, all blocked");
        evidence.record("delivered", SignalWaits.brief(during));
        assertThat(during).as("deliveries on unblocking, in order (signal, value)")
                .extracting(Delivery::signal, Delivery::value)
                .containsExactly(tuple(RT0, 4), tuple(RT0, 5), tuple(RT1, 1), tuple(RT1, 2), tuple(RT1, 3));
        assertThat(during).as("si_code of each delivery").extracting(Delivery::source).containsOnly(Delivery.Source.QUEUE);
        assertThat(target.signalHandlers().deliveries()).as("the whole log").isEqualTo(during);
    }

    @Property("SIG-REALTIME-QUEUED")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.REALTIME_SIGNALS})
    void valuesQueuedByAnotherProcessArriveInOrderWithTheirSender(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        Proc sender = box.self().spawnUnrelated();
        target.signalHandlers().handle(RT0);
        target.signalMask().block(RT0);
        for (int value = 10; value < 18; value++) {
            sender.realtimeSignals().queue(target, RT0, value);
        }
        List<Delivery> during = target.signalMask().unblock(RT0);
        evidence.record("delivered", SignalWaits.brief(during));
        assertThat(during).as("values of the 8 instances, in order").extracting(Delivery::value)
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(during).as("si_pid of each delivery").extracting(Delivery::senderPid).containsOnly(sender.pid());
    }

    /** _POSIX_SIGQUEUE_MAX: the least queue POSIX allows; the target lowers its own to it. */
    private static final int LIMIT = 32;

    @Property("SIG-REALTIME-QUEUED")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.REALTIME_SIGNALS})
    void sigqueuePastTheQueueLimitFailsWithEagain(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(RT0);
        target.signalMask().block(RT0);
        long replaced = target.realtimeSignals().limitQueue(LIMIT);
        evidence.record("queue limit", "lowered to " + LIMIT + " (Linux: RLIMIT_SIGPENDING of the target, was "
                + (replaced < 0 ? "unlimited" : replaced) + ")");

        int accepted = 0;
        IpcException refused = null;
        while (refused == null && accepted <= LIMIT) {
            try {
                box.self().realtimeSignals().queue(target, RT0, accepted);
                accepted++;
            } catch (IpcException e) {
                refused = e;
            }
        }
        assertThat(refused).as("sigqueue went on succeeding: %d instances queued past a limit of %d", accepted, LIMIT).isNotNull();
        assertThat(refused.error()).as("how sigqueue past the limit failed (%s)", refused).isEqualTo(IpcError.WOULD_BLOCK);
        // Linux counts the queued signals of every process of the target's real user against it, so
        // signals pending elsewhere for that user may leave fewer than LIMIT places; never more.
        if (accepted == 0) {
            throw new HarnessException("the environment's limit RLIMIT_SIGPENDING = " + LIMIT + " is taken up by signals"
                    + " pending for other processes of the target's user: the queue could not be checked (" + refused + ")");
        }
        assertThat(accepted).as("instances accepted before EAGAIN").isLessThanOrEqualTo(LIMIT);
        evidence.record("refused", "instance " + (accepted + 1) + " with " + refused.rawCode() + " after " + accepted + " accepted");

        List<Delivery> during = target.signalMask().unblock(RT0);
        assertThat(during).as("the accepted instances, delivered in order on unblocking").extracting(Delivery::value)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, accepted).boxed().toList());
    }
}
