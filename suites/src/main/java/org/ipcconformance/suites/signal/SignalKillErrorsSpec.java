package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** XSH kill(), sigqueue(): the null signal checks without sending; ESRCH, EINVAL and EPERM. */
class SignalKillErrorsSpec {
    private static final Signal RT0 = Signal.realtime(0);

    @Property("SIG-KILL-ERRORS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND, Feature.REALTIME_SIGNALS})
    void theNullSignalChecksExistenceWithoutSending(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        box.self().signalSend().kill(target, Signal.NULL_SIGNAL);
        box.self().realtimeSignals().queue(target, Signal.NULL_SIGNAL, 7);
        assertThat(target.signalMask().pending()).as("pending set after kill(pid, 0) and sigqueue(pid, 0)").isEmpty();
        assertThat(target.signalHandlers().deliveries()).as("deliveries after kill(pid, 0) and sigqueue(pid, 0)").isEmpty();
        evidence.record("live target", "kill(pid, 0) and sigqueue(pid, 0, 7) succeeded; nothing pending, nothing delivered");

        target.exit();
        evidence.record("target ended", target.awaitExit());
        IpcException killed = Errors.assertFailsWith(IpcError.NO_SUCH_PROCESS, "kill(pid, 0) to an ended and reaped process",
                () -> box.self().signalSend().kill(target, Signal.NULL_SIGNAL));
        IpcException queued = Errors.assertFailsWith(IpcError.NO_SUCH_PROCESS, "sigqueue(pid, 0) to an ended and reaped process",
                () -> box.self().realtimeSignals().queue(target, Signal.NULL_SIGNAL, 7));
        evidence.record("ended target", killed.rawCode() + " / " + queued.rawCode());
    }

    @Property("SIG-KILL-ERRORS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND, Feature.REALTIME_SIGNALS})
    void aNumberPastTheHighestSignalIsRefusedWithEinval(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        IpcException killed = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "kill(pid, SIGRTMAX + 1)",
                () -> box.self().signalSend().kill(target, Signal.PAST_HIGHEST));
        IpcException queued = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "sigqueue(pid, SIGRTMAX + 1)",
                () -> box.self().realtimeSignals().queue(target, Signal.PAST_HIGHEST, 7));
        evidence.record("SIGRTMAX + 1", killed.rawCode() + " / " + queued.rawCode());
        assertThat(target.signalMask().pending()).as("pending set after the refused calls").isEmpty();
        // The target is untouched: it still answers and is sent a valid signal as before.
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        evidence.record("then SIGUSR1", SignalWaits.delivery(box, target, Signal.SIGUSR1));
    }

    @Property("SIG-KILL-ERRORS")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.REALTIME_SIGNALS,
            Feature.UNPRIVILEGED_CHILD})
    void anUnprivilegedSenderIsRefusedAnotherUsersProcessWithEperm(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        target.signalHandlers().handle(RT0);
        Proc sender = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
        Proc sameUser = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());

        IpcException kill = Errors.assertFailsWith(IpcError.NOT_PERMITTED, "unprivileged kill(SIGUSR1) to another user's process",
                () -> sender.signalSend().kill(target, Signal.SIGUSR1));
        IpcException probe = Errors.assertFailsWith(IpcError.NOT_PERMITTED, "unprivileged kill(pid, 0) to another user's process",
                () -> sender.signalSend().kill(target, Signal.NULL_SIGNAL));
        IpcException queue = Errors.assertFailsWith(IpcError.NOT_PERMITTED, "unprivileged sigqueue(SIGRTMIN) to another user's process",
                () -> sender.realtimeSignals().queue(target, RT0, 1));
        evidence.record("refused", kill.rawCode() + " / " + probe.rawCode() + " / " + queue.rawCode());
        assertThat(target.signalHandlers().deliveries()).as("deliveries to the target of the refused sends").isEmpty();

        // The refusal is about the user: the same sender may probe a process of its own user.
        sender.signalSend().kill(sameUser, Signal.NULL_SIGNAL);
        evidence.record("same user", "kill(pid, 0) to another unprivileged process succeeded");
    }
}
