package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.TerminalSession;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

class SignalCallsTest extends SandboxTest {

    /** The JVM's own dispositions, as the kernel shows them: they must not change. */
    private static String harnessDispositions() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("SigIgn:") || l.startsWith("SigCgt:")).collect(Collectors.joining(" "));
    }

    @Test
    void theHarnessJvmIsNeverATargetAndItsDispositionsStayUntouched() throws IOException {
        String before = harnessDispositions();
        Proc child = self.spawnChild(ChildOptions.inheriting());
        assertThatThrownBy(() -> self.signalSend().kill(self, Signal.SIGUSR1)).isInstanceOf(HarnessException.class)
                .hasMessageContaining("the sandbox's own process");
        assertThatThrownBy(() -> child.signalSend().kill(self, Signal.SIGTERM)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> child.realtimeSignals().queue(self, Signal.realtime(0), 1)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> self.signalHandlers().handle(Signal.SIGUSR1)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> self.signalMask().block(Signal.SIGUSR1)).isInstanceOf(HarnessException.class);

        child.signalHandlers().handle(Signal.SIGUSR1);
        self.signalSend().kill(child, Signal.SIGUSR1);
        eventually().until(() -> child.signalHandlers().deliveries().size() == 1);
        TerminalSession terminal = self.terminals().openTerminal();
        self.pipes().write(terminal.master(), new byte[] {terminal.interruptCharacter()});
        assertThat(terminal.foreground().awaitExit()).isEqualTo(ExitStatus.killedBy(2, "SIGINT"));
        assertThat(harnessDispositions()).isEqualTo(before);
    }

    @Test
    void aProcessOfAnotherSandboxIsNoTarget() {
        RunDirectory run = RunDirectory.current();
        try (Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "other"))) {
            Proc stranger = other.self().spawnChild(ChildOptions.inheriting());
            assertThatThrownBy(() -> self.signalSend().kill(stranger, Signal.SIGTERM)).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("not started by this sandbox");
        }
    }

    @Test
    void aReapedTargetIsNoSuchProcess() {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        child.kill();
        assertThatThrownBy(() -> self.signalSend().kill(child, Signal.SIGUSR1)).isInstanceOfSatisfying(IpcException.class,
                e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_PROCESS));
    }

    @Test
    void aSignalLinuxLacksIsInvalid() {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        assertThatThrownBy(() -> child.signalHandlers().handle(Signal.realtime(31))).isInstanceOfSatisfying(IpcException.class,
                e -> assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT));
    }

    @Test
    void theDeliveryLogIsAPrivateFileRemovedWithTheSandbox() throws IOException {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        child.signalHandlers().handle(Signal.SIGUSR1);
        List<Path> logs;
        try (var files = Files.list(box.directory())) {
            logs = files.filter(p -> p.getFileName().toString().startsWith("deliveries-")).toList();
        }
        assertThat(logs).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.get(0)))).isEqualTo("rw-------");
        self.signalSend().kill(child, Signal.SIGUSR1);
        eventually().until(() -> child.signalHandlers().deliveries().size() == 1);
        box.close();
        assertThat(logs.get(0)).doesNotExist();
    }
}
