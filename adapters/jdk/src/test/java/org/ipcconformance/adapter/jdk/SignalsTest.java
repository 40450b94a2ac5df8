package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
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
        child.signals().handle(Signal.SIGTERM);
        box.self().signals().kill(child, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> !child.signals().deliveries().isEmpty());
        assertThat(child.signals().deliveries()).extracting(Delivery::sequence, Delivery::signal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, Signal.SIGTERM));
        child.writeGlobal(7);
        assertThat(child.readGlobal()).isEqualTo(7);
    }

    @Test
    void sigtermWithTheJvmsDefaultEndsTheChildAsKilledBySigterm() {
        Proc child = box.self().spawnUnrelated();
        box.self().signals().kill(child, Signal.SIGTERM);
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(15, "SIGTERM"));
    }

    @Test
    void sigkillEndsEvenAChildThatHandlesSigterm() {
        Proc child = box.self().spawnUnrelated();
        child.signals().handle(Signal.SIGTERM);
        box.self().signals().kill(child, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> child.signals().deliveries().size() == 1);
        box.self().signals().kill(child, Signal.SIGKILL);
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        child.kill();
        assertThat(child.signals().deliveries()).as("the log, read after the process ended")
                .extracting(Delivery::signal).containsExactly(Signal.SIGTERM);
        assertThatThrownBy(() -> box.self().signals().kill(child, Signal.SIGTERM))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_PROCESS));
    }

    @Test
    void anIgnoredSigtermIsDiscardedWhenSent() {
        Proc child = box.self().spawnUnrelated();
        child.signals().ignore(Signal.SIGTERM);
        box.self().signals().kill(child, Signal.SIGTERM);
        // SIG_IGN discards the signal when it is generated: it is gone when kill returns.
        child.writeGlobal(3);
        assertThat(child.readGlobal()).isEqualTo(3);
        assertThat(child.signals().deliveries()).isEmpty();
    }

    @Test
    void aChildKillsAnotherAndRaisesAnySignalItNamesInItself() {
        Proc a = box.self().spawnChild(org.ipcconformance.spec.spi.ChildOptions.inheriting());
        Proc b = box.self().spawnUnrelated();
        b.signals().handle(Signal.SIGTERM);
        a.signals().kill(b, Signal.SIGTERM);
        await().atMost(Duration.ofSeconds(20)).until(() -> b.signals().deliveries().size() == 1);

        a.signals().handle(Signal.SIGUSR1);
        a.signals().kill(a, Signal.SIGUSR1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !a.signals().deliveries().isEmpty());
        Delivery d = a.signals().deliveries().get(0);
        assertThat(d.signal()).isEqualTo(Signal.SIGUSR1);
        assertThat(d.source()).isEqualTo(Delivery.Source.OTHER);
        assertThatThrownBy(() -> a.signals().kill(a, new Signal("SIGNOSUCH", -1)))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
    }

    /** Nothing shows when the loop has begun, so SIGTERM is sent until the spinning child has seen one. */
    @Test
    void spinningSeesADeliveryThatArrivesWhileItSpins() {
        Proc child = box.self().spawnUnrelated();
        child.signals().handle(Signal.SIGTERM);
        Pending<Delivery> spinning = child.async("spin", p -> p.signals().spinUntilDelivered(Signal.SIGTERM));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            box.self().signals().kill(child, Signal.SIGTERM);
            return spinning.isDone();
        });
        Delivery d = spinning.await();
        assertThat(d.signal()).isEqualTo(Signal.SIGTERM);
        assertThat(child.signals().deliveries()).contains(d);
    }

    @Test
    void spinningNeedsTheRecordingHandler() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(() -> child.signals().spinUntilDelivered(Signal.SIGTERM))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
        assertThatThrownBy(() -> box.self().signals().spinUntilDelivered(Signal.SIGTERM)).isInstanceOf(HarnessException.class);
    }

    @Test
    void sigkillAndSigstopCannotBeCaughtOrIgnored() {
        Proc child = box.self().spawnUnrelated();
        for (Signal s : List.of(Signal.SIGKILL, Signal.SIGSTOP)) {
            assertThatThrownBy(() -> child.signals().handle(s))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
            assertThatThrownBy(() -> child.signals().ignore(s))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
        }
    }

    @Test
    void whatTheJvmKeepsOrCannotNameIsNotApplicable() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(() -> child.signals().handle(Signal.SIGSEGV))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_HANDLERS));
        assertThatThrownBy(() -> child.signals().handle(Signal.SIGPIPE))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains("put back"));
        assertThatThrownBy(() -> child.signals().handle(Signal.realtime(0)))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.REALTIME_SIGNALS));
        assertThatThrownBy(() -> box.self().signals().kill(child, Signal.SIGUSR1))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_SEND));
        assertThatThrownBy(() -> child.signals().block(Signal.SIGUSR1))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SIGNAL_MASK));
        assertThatThrownBy(() -> child.signals().abort()).isInstanceOf(FeatureMissingException.class);
        assertThatThrownBy(() -> box.self().signals().openTerminal()).isInstanceOf(FeatureMissingException.class);
    }

    @Test
    void theJvmKeepsAnIgnoredSigintIgnoredAndSaysSo() {
        Proc child = box.self().spawnUnrelated();
        child.signals().ignore(Signal.SIGINT);
        assertThatThrownBy(() -> child.signals().handle(Signal.SIGINT))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains("JVM_RegisterSignal"));
    }

    @Test
    void theHarnessIsNeverSignalledAndKeepsItsHandlers() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(() -> box.self().signals().kill(box.self(), Signal.SIGTERM)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> child.signals().kill(box.self(), Signal.SIGKILL)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> box.self().signals().handle(Signal.SIGTERM)).isInstanceOf(HarnessException.class);
        assertThat(box.self().signals().deliveries()).isEmpty();
    }
}
