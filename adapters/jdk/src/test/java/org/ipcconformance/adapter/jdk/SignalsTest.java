package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Signals as a JVM program has them: sun.misc.Signal handlers in a child, SIGTERM and SIGKILL through ProcessHandle. */
@Timeout(60)
class SignalsTest extends SandboxFixture {

    @Test
    void aHandledSigtermIsLoggedAndTheChildLivesOn() {
        Proc child = box.self().spawnUnrelated();
        child.signalHandlers().handle(Signal.SIGTERM);
        box.self().signalSend().kill(child, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> !child.signalHandlers().deliveries().isEmpty());
        assertThat(child.signalHandlers().deliveries()).extracting(Delivery::sequence, Delivery::signal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, Signal.SIGTERM));
        child.memory().writeGlobal(7);
        assertThat(child.memory().readGlobal()).isEqualTo(7);
    }

    @Test
    void sigtermWithTheJvmsDefaultEndsTheChildAsKilledBySigterm() {
        Proc child = box.self().spawnUnrelated();
        box.self().signalSend().kill(child, Signal.SIGTERM);
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(15, "SIGTERM"));
    }

    @Test
    void sigkillEndsEvenAChildThatHandlesSigterm() {
        Proc child = box.self().spawnUnrelated();
        child.signalHandlers().handle(Signal.SIGTERM);
        box.self().signalSend().kill(child, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> child.signalHandlers().deliveries().size() == 1);
        box.self().signalSend().kill(child, Signal.SIGKILL);
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        child.kill();
        assertThat(child.signalHandlers().deliveries()).as("the log, read after the process ended")
                .extracting(Delivery::signal).containsExactly(Signal.SIGTERM);
        assertThatThrownBy(() -> box.self().signalSend().kill(child, Signal.SIGTERM))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_PROCESS));
    }

    @Test
    void anIgnoredSigtermIsDiscardedWhenSent() {
        Proc child = box.self().spawnUnrelated();
        child.signalHandlers().ignore(Signal.SIGTERM);
        box.self().signalSend().kill(child, Signal.SIGTERM);
        // SIG_IGN discards the signal when it is generated: it is gone when kill returns.
        child.memory().writeGlobal(3);
        assertThat(child.memory().readGlobal()).isEqualTo(3);
        assertThat(child.signalHandlers().deliveries()).isEmpty();
    }

    @Test
    void aChildKillsAnotherAndRaisesAnySignalItNamesInItself() {
        Proc a = box.self().spawnChild(org.ipcconformance.spec.spi.ChildOptions.inheriting());
        Proc b = box.self().spawnUnrelated();
        b.signalHandlers().handle(Signal.SIGTERM);
        a.signalSend().kill(b, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> b.signalHandlers().deliveries().size() == 1);

        a.signalHandlers().handle(Signal.SIGUSR1);
        a.signalSend().kill(a, Signal.SIGUSR1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !a.signalHandlers().deliveries().isEmpty());
        Delivery d = a.signalHandlers().deliveries().get(0);
        assertThat(d.signal()).isEqualTo(Signal.SIGUSR1);
        assertThat(d.source()).isEqualTo(Delivery.Source.OTHER);
        assertThatThrownBy(() -> a.signalSend().kill(a, new Signal("SIGNOSUCH", -1)))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
    }

    @Test
    void sigkillAndSigstopCannotBeCaughtOrIgnored() {
        Proc child = box.self().spawnUnrelated();
        for (Signal s : List.of(Signal.SIGKILL, Signal.SIGSTOP)) {
            assertThatThrownBy(() -> child.signalHandlers().handle(s))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
            assertThatThrownBy(() -> child.signalHandlers().ignore(s))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
        }
    }

    @Test
    void whatTheJvmKeepsOrCannotNameIsNotApplicable() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(() -> child.signalHandlers().handle(Signal.SIGSEGV))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_HANDLERS));
        assertThatThrownBy(() -> child.signalHandlers().handle(Signal.SIGPIPE))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains("put back"));
        assertThatThrownBy(() -> child.signalHandlers().handle(Signal.realtime(0)))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.REALTIME_SIGNALS));
        assertThatThrownBy(() -> box.self().signalSend().kill(child, Signal.SIGUSR1))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_SEND));
    }

    @Test
    void theSignalFacetsTheJdkLacksAreNotApplicableWithItsReasons() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(child::signalMask)
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains(JdkFeatures.NO_SIGNAL_MASK));
        assertThatThrownBy(child::realtimeSignals)
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.REALTIME_SIGNALS));
        assertThatThrownBy(child::signalFaults)
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_FAULTS));
        assertThatThrownBy(() -> box.self().terminals())
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.TERMINAL));
    }

    @Test
    void theDeliveryLogIsReadWhileTheChildIsBusy() {
        PipedChild pc = box.self().spawnPipedChild();
        Proc child = pc.child();
        child.signalHandlers().handle(Signal.SIGTERM);
        Pending<byte[]> blocked = child.async("read stdin", p -> p.pipes().read(pc.childStdin(), 1));
        box.self().signalSend().kill(child, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> child.signalHandlers().deliveries().size() == 1);
        box.self().pipes().write(pc.toChild(), bytes("x"));
        assertThat(blocked.await()).isEqualTo(bytes("x"));
    }

    @Test
    void theJvmKeepsAnIgnoredSigintIgnoredAndSaysSo() {
        Proc child = box.self().spawnUnrelated();
        child.signalHandlers().ignore(Signal.SIGINT);
        assertThatThrownBy(() -> child.signalHandlers().handle(Signal.SIGINT))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains("JVM_RegisterSignal"));
    }

    @Test
    void theHarnessIsNeverSignalledAndKeepsItsHandlers() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(() -> box.self().signalSend().kill(box.self(), Signal.SIGTERM)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> child.signalSend().kill(box.self(), Signal.SIGKILL)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> box.self().signalHandlers()).isInstanceOf(HarnessException.class);
    }

    @Test
    void aProcessOfAnotherSandboxIsNoTarget() {
        Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "other"));
        try {
            Proc stranger = other.self().spawnUnrelated();
            assertThatThrownBy(() -> box.self().signalSend().kill(stranger, Signal.SIGKILL))
                    .isInstanceOfSatisfying(HarnessException.class, e -> assertThat(e.getMessage()).contains("not one of them"));
            assertThat(stranger.memory().readGlobal()).as("the stranger lives on").isZero();
        } finally {
            other.close();
        }
    }
}
