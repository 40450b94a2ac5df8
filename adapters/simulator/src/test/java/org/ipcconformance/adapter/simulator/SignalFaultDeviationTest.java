package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.TerminalSession;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

/** One test per planted signal fault: the deviation it plants, seen through the SPI. */
class SignalFaultDeviationTest extends ModelTestSupport {
    private static final Signal RT0 = Signal.realtime(0);
    private static final Signal RT1 = Signal.realtime(1);

    @Test
    void killOnlyIdleTargets() {
        try (Sandbox box = sandbox("kill-only-idle-targets")) {
            Pipe pipe = box.self().pipes().pipe();
            Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
            box.self().signalSend().kill(target, Signal.SIGUSR2); // idle: still allowed (and kills)
            assertThat(target.awaitExit()).isEqualTo(ExitStatus.killedBy(12, "SIGUSR2"));
            Proc sleeper = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
            Pending<byte[]> read = sleeper.async("read", p -> p.pipes().read(pipe.readEnd(), 1));
            assertBlocked(sleeper, read);
            assertThat(errorOf(() -> box.self().signalSend().kill(sleeper, Signal.SIGUSR1))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void stoppedProcessHandlesSignals() {
        try (Sandbox box = sandbox("stopped-process-handles-signals")) {
            Proc target = box.self().spawnChild(ChildOptions.inheriting());
            target.signalHandlers().handle(Signal.SIGUSR1);
            box.self().signalSend().kill(target, Signal.SIGSTOP);
            box.self().signalSend().kill(target, Signal.SIGUSR1);
            assertThat(target.state().kind()).isEqualTo(ProcState.Kind.STOPPED);
            assertThat(target.signalHandlers().deliveries()).hasSize(1);
        }
    }

    @Test
    void unblockDoesNotDeliver() {
        try (Sandbox box = sandbox("unblock-does-not-deliver")) {
            Proc target = blockedTarget(box, Signal.SIGUSR1);
            box.self().signalSend().kill(target, Signal.SIGUSR1);
            assertThat(target.signalMask().unblock(Signal.SIGUSR1)).isEmpty();
            assertThat(target.signalMask().pending()).containsExactly(Signal.SIGUSR1);
        }
    }

    @Test
    void ignoredSignalMask() {
        try (Sandbox box = sandbox("ignored-signal-mask")) {
            Proc target = blockedTarget(box, Signal.SIGUSR1);
            assertThat(target.signalMask().blocked()).contains(Signal.SIGUSR1);
            box.self().signalSend().kill(target, Signal.SIGUSR1);
            assertThat(target.signalMask().pending()).isEmpty();
            assertThat(target.signalHandlers().deliveries()).extracting(Delivery::signal).containsExactly(Signal.SIGUSR1);
        }
    }

    @Test
    void standardSignalsQueue() {
        try (Sandbox box = sandbox("standard-signals-queue")) {
            Proc target = blockedTarget(box, Signal.SIGUSR1);
            box.self().signalSend().kill(target, Signal.SIGUSR1);
            box.self().signalSend().kill(target, Signal.SIGUSR1);
            assertThat(target.signalMask().unblock(Signal.SIGUSR1)).hasSize(2);
        }
    }

    @Test
    void realtimeSignalsCoalesce() {
        try (Sandbox box = sandbox("realtime-signals-coalesce")) {
            Proc target = blockedTarget(box, RT0);
            box.self().realtimeSignals().queue(target, RT0, 1);
            box.self().realtimeSignals().queue(target, RT0, 2);
            assertThat(target.signalMask().unblock(RT0)).extracting(Delivery::value).containsExactly(1);
        }
    }

    @Test
    void realtimeHighestFirst() {
        try (Sandbox box = sandbox("realtime-highest-first")) {
            Proc target = blockedTarget(box, RT0, RT1);
            box.self().realtimeSignals().queue(target, RT0, 1);
            box.self().realtimeSignals().queue(target, RT1, 2);
            assertThat(target.signalMask().unblock(RT0, RT1)).extracting(Delivery::signal).containsExactly(RT1, RT0);
        }
    }

    @Test
    void catchableSigkill() {
        try (Sandbox box = sandbox("catchable-sigkill")) {
            Proc target = box.self().spawnChild(ChildOptions.inheriting());
            target.signalHandlers().handle(Signal.SIGKILL);
            box.self().signalSend().kill(target, Signal.SIGKILL);
            assertThat(target.signalHandlers().deliveries()).extracting(Delivery::signal).containsExactly(Signal.SIGKILL);
            assertThat(target.state().kind()).isEqualTo(ProcState.Kind.IDLE);
            assertThatThrownBy(() -> target.signalHandlers().handle(Signal.SIGSTOP)).hasMessageContaining("EINVAL");
        }
    }

    @Test
    void terminalSendsSigquit() {
        try (Sandbox box = sandbox("terminal-sends-sigquit")) {
            TerminalSession t = box.self().terminals().openTerminal();
            box.self().pipes().write(t.master(), new byte[] {t.interruptCharacter()});
            assertThat(t.foreground().awaitExit()).isEqualTo(ExitStatus.killedBy(3, "SIGQUIT"));
        }
    }

    @Test
    void abortReturns() {
        try (Sandbox box = sandbox("abort-returns")) {
            Proc p = box.self().spawnChild(ChildOptions.inheriting());
            p.signalHandlers().handle(Signal.SIGABRT);
            p.signalFaults().abort();
            assertThat(p.state().kind()).isEqualTo(ProcState.Kind.IDLE);
            Proc q = box.self().spawnChild(ChildOptions.inheriting());
            assertThatThrownBy(() -> q.signalFaults().abort()).hasMessageContaining("SIGABRT"); // the default still kills
        }
    }

    private static Proc blockedTarget(Sandbox box, Signal... signals) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        for (Signal s : signals) {
            target.signalHandlers().handle(s);
        }
        target.signalMask().block(signals);
        return target;
    }
}
