package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

/** The clean model's signals, beyond what the specs check: default actions, ignoring, refusals. */
class SignalModelTest extends ModelTestSupport {

    @Test
    void defaultActionsTerminateStopContinueOrIgnore() {
        try (Sandbox box = sandbox()) {
            Proc p = box.self().spawnChild(ChildOptions.inheriting());
            box.self().signalSend().kill(p, Signal.SIGCHLD); // ignored by default
            box.self().signalSend().kill(p, Signal.SIGTSTP);
            assertThat(p.state().kind()).isEqualTo(ProcState.Kind.STOPPED);
            box.self().signalSend().kill(p, Signal.SIGCONT);
            assertThat(p.state().kind()).isEqualTo(ProcState.Kind.IDLE);
            box.self().signalSend().kill(p, Signal.SIGQUIT); // core: the same death in the wait status
            assertThat(p.awaitExit()).isEqualTo(ExitStatus.killedBy(3, "SIGQUIT"));
            assertThat(errorOf(() -> box.self().signalSend().kill(p, Signal.SIGUSR1))).isEqualTo(IpcError.NO_SUCH_PROCESS);
        }
    }

    @Test
    void anIgnoredSignalIsDiscardedAndAResetOneActsAgain() {
        try (Sandbox box = sandbox()) {
            Proc p = box.self().spawnChild(ChildOptions.inheriting());
            p.signalHandlers().ignore(Signal.SIGTERM);
            box.self().signalSend().kill(p, Signal.SIGTERM);
            assertThat(p.signalMask().pending()).isEmpty();
            assertThat(p.state().kind()).isEqualTo(ProcState.Kind.IDLE);
            p.signalHandlers().reset(Signal.SIGTERM);
            box.self().signalSend().kill(p, Signal.SIGTERM);
            assertThat(p.awaitExit()).isEqualTo(ExitStatus.killedBy(15, "SIGTERM"));
        }
    }

    @Test
    void aHandlerInterruptsASleepingReadWithEintr() {
        try (Sandbox box = sandbox()) {
            Pipe pipe = box.self().pipes().pipe();
            Proc p = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
            p.signalHandlers().handle(Signal.SIGUSR1);
            Pending<byte[]> read = p.async("read", q -> q.pipes().read(pipe.readEnd(), 1));
            assertBlocked(p, read);
            box.self().signalSend().kill(p, Signal.SIGUSR1);
            assertThat(errorOf(read::await)).isEqualTo(IpcError.INTERRUPTED);
            assertThat(p.signalHandlers().deliveries()).extracting(Delivery::senderPid).containsExactly(box.self().pid());
        }
    }

    @Test
    void theHarnessIsNeitherATargetNorChangeable() {
        try (Sandbox box = sandbox()) {
            Proc p = box.self().spawnChild(ChildOptions.inheriting());
            assertThatThrownBy(() -> p.signalSend().kill(box.self(), Signal.SIGTERM)).isInstanceOf(HarnessException.class);
            assertThatThrownBy(() -> box.self().signalHandlers().handle(Signal.SIGUSR1)).isInstanceOf(HarnessException.class);
            assertThatThrownBy(() -> box.self().signalMask().block(Signal.SIGUSR1)).isInstanceOf(HarnessException.class);
            assertThat(errorOf(() -> p.signalHandlers().handle(Signal.realtime(31)))).isEqualTo(IpcError.INVALID_ARGUMENT);
        }
    }

    @Test
    void anIgnoredOrBlockedSigsegvStillEndsTheOffender() {
        try (Sandbox box = sandbox()) {
            Proc p = box.self().spawnChild(ChildOptions.inheriting());
            p.signalHandlers().ignore(Signal.SIGSEGV);
            p.signalMask().block(Signal.SIGSEGV);
            assertThatThrownBy(() -> p.signalFaults().touchInvalidMemory()).isInstanceOf(ProcessGoneException.class);
            assertThat(p.awaitExit()).isEqualTo(ExitStatus.killedBy(11, "SIGSEGV"));
        }
    }
}
