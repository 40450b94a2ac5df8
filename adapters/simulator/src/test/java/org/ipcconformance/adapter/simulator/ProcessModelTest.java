package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Signal;
import org.junit.jupiter.api.Test;

/** Processes of the clean model: memory, spawning, stdio pipes, state, exit and the sandbox's end. */
class ProcessModelTest extends ModelTestSupport {

    @Test
    void everyProcessHasItsOwnGlobalAndBuffers() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Proc a = self.spawnChild(ChildOptions.inheriting());
            Proc b = self.spawnUnrelated();
            a.memory().writeGlobal(42);
            assertThat(self.memory().readGlobal()).isZero();
            assertThat(b.memory().readGlobal()).isZero();
            assertThat(a.memory().readGlobal()).isEqualTo(42);
            Region r = a.memory().allocate(bytes("abcd"));
            a.memory().poke(r, 1, bytes("XY"));
            assertThat(text(a.memory().peek(r))).isEqualTo("aXYd");
            assertThat(errorOf(() -> b.memory().peek(r))).isEqualTo(IpcError.OTHER);
            assertThat(errorOf(() -> a.memory().poke(r, 3, bytes("toolong")))).isEqualTo(IpcError.OTHER);
        }
    }

    @Test
    void aWriteCopiesTheSendersBytes() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            byte[] mine = bytes("original");
            self.pipes().write(p.writeEnd(), mine);
            mine[0] = 'X';
            Region r = self.memory().allocate(bytes("region"));
            self.memory().writeFrom(p.writeEnd(), r);
            self.memory().poke(r, 0, bytes("CHANGE"));
            assertThat(text(self.pipes().read(p.readEnd(), 14))).isEqualTo("originalregion");
        }
    }

    @Test
    void aChildInheritsTheSameHandlesAndClosesOnlyItsCopy() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.readEnd(), p.writeEnd()));
            child.pipes().write(p.writeEnd(), bytes("x"));
            child.pipes().close(p.writeEnd());
            self.pipes().write(p.writeEnd(), bytes("y"));
            assertThat(text(child.pipes().read(p.readEnd(), 2))).isEqualTo("xy");
            assertThat(errorOf(() -> child.pipes().write(p.writeEnd(), bytes("z")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }

    @Test
    void inheritingAHandleTheParentDoesNotHoldIsABadDescriptor() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().close(p.readEnd());
            assertThat(errorOf(() -> self.spawnChild(ChildOptions.inheriting(p.readEnd()))))
                    .isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }

    @Test
    void aPipedChildTalksOnItsStdioAndItsExitIsEndOfFile() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            PipedChild pc = self.spawnPipedChild();
            Proc child = pc.child();
            self.pipes().write(pc.toChild(), bytes("ping"));
            assertThat(text(child.pipes().read(pc.childStdin(), 10))).isEqualTo("ping");
            child.pipes().write(pc.childStdout(), bytes("pong"));
            assertThat(text(self.pipes().read(pc.fromChild(), 10))).isEqualTo("pong");
            assertThat(errorOf(() -> self.pipes().read(pc.childStdin(), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            self.pipes().close(pc.toChild());
            assertThat(child.pipes().read(pc.childStdin(), 10)).isEmpty();
            child.exit();
            assertThat(self.pipes().read(pc.fromChild(), 10)).isEmpty();
            assertThat(child.awaitExit()).isEqualTo(ExitStatus.exited(0));
        }
    }

    @Test
    void stateFollowsTheProcessAndGoneProcessesRefuseOperations() {
        try (Sandbox box = sandbox()) {
            Proc child = box.self().spawnUnrelated();
            assertThat(child.state().kind()).isEqualTo(ProcState.Kind.IDLE);
            child.kill();
            child.kill();
            assertThat(child.state().kind()).isEqualTo(ProcState.Kind.EXITED);
            assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
            ProcessGoneException e = catchThrowableOfType(child.pipes()::pipe, ProcessGoneException.class);
            assertThat(e.status().signal()).isEqualTo(9);
            assertThatThrownBy(child::exit).isInstanceOf(ProcessGoneException.class);
        }
    }

    @Test
    void awaitExitWaitsForTheEnd() {
        try (Sandbox box = sandbox()) {
            Proc child = box.self().spawnUnrelated();
            Pending<ExitStatus> waiting = box.self().async("await", s -> child.awaitExit());
            child.exit();
            assertThat(waiting.await()).isEqualTo(ExitStatus.exited(0));
        }
    }

    @Test
    void aChildRunsOneOperationAtATime() {
        try (Sandbox box = sandbox()) {
            Pipe p = box.self().pipes().pipe();
            Proc child = box.self().spawnChild(ChildOptions.inheriting(p.readEnd()));
            Pending<byte[]> r = child.async("read", c -> c.pipes().read(p.readEnd(), 1));
            assertBlocked(child, r);
            assertThatThrownBy(() -> child.pipes().read(p.readEnd(), 1)).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("one operation at a time");
        }
    }

    @Test
    void observersAndKillAnswerBesideAPendingOperation() {
        try (Sandbox box = sandbox()) {
            Pipe p = box.self().pipes().pipe();
            Proc child = box.self().spawnChild(ChildOptions.inheriting(p.readEnd()));
            child.signalHandlers().handle(Signal.SIGUSR1);
            child.signalMask().block(Signal.SIGUSR1);
            Pending<byte[]> r = child.async("read", c -> c.pipes().read(p.readEnd(), 1));
            assertBlocked(child, r);
            box.self().signalSend().kill(child, Signal.SIGUSR1);
            box.self().signalSend().kill(child, Signal.SIGSTOP);
            assertThat(child.state().kind()).isEqualTo(ProcState.Kind.STOPPED);
            assertThat(child.signalMask().blocked()).contains(Signal.SIGUSR1);
            assertThat(child.signalMask().pending()).containsExactly(Signal.SIGUSR1);
            assertThat(child.signalHandlers().deliveries()).isEmpty();
            Pending<ExitStatus> exit = box.self().async("await", s -> child.awaitExit());
            child.kill();
            assertThat(exit.await()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
            assertThat(catchThrowableOfType(r::await, ProcessGoneException.class)).isNotNull();
        }
    }

    @Test
    void onlyTheSandboxsOwnProcessStartsOthers() {
        try (Sandbox box = sandbox()) {
            Proc child = box.self().spawnUnrelated();
            assertThat(child.isStarted()).isTrue();
            assertThat(box.self().isStarted()).isFalse();
            assertThatThrownBy(() -> child.spawnChild(ChildOptions.inheriting())).isInstanceOf(HarnessException.class);
            assertThatThrownBy(child::spawnPipedChild).isInstanceOf(HarnessException.class);
            assertThatThrownBy(() -> child.terminals().openTerminal()).isInstanceOf(HarnessException.class);
        }
    }

    @Test
    void theHarnessProcessCannotExit() {
        try (Sandbox box = sandbox()) {
            assertThatThrownBy(() -> box.self().exit()).isInstanceOf(HarnessException.class);
            assertThatThrownBy(() -> box.self().kill()).isInstanceOf(HarnessException.class);
        }
    }

    @Test
    void closingTheSandboxKillsEveryProcessAndWakesEveryWaiter() {
        Sandbox box = sandbox();
        Proc self = box.self();
        Pipe p = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
        Pending<Integer> w = child.async("write", c -> c.pipes().write(p.writeEnd(), new byte[100_000]));
        Pending<byte[]> r = self.async("read", s -> s.pipes().read(self.pipes().pipe().readEnd(), 1));
        assertBlocked(child, w);
        assertBlocked(self, r);
        Pending<ExitStatus> exit = self.async("await", s -> child.awaitExit());
        box.close();
        assertThat(catchThrowableOfType(w::await, ProcessGoneException.class).status().signal()).isEqualTo(9);
        assertThat(catchThrowableOfType(r::await, ProcessGoneException.class)).isNotNull();
        assertThat(exit.await()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        assertThat(child.state().kind()).isEqualTo(ProcState.Kind.EXITED);
        assertThatThrownBy(self.pipes()::pipe).isInstanceOf(ProcessGoneException.class);
    }

    @Test
    void sandboxesShareNothing() {
        try (Sandbox one = sandbox(); Sandbox two = sandbox()) {
            one.self().memory().writeGlobal(7);
            assertThat(two.self().memory().readGlobal()).isZero();
            one.self().fifos().mkfifo(one.directory().resolve("f"));
            assertThat(two.self().files().list(two.directory())).isEmpty();
            assertThat(one.self().pid()).isEqualTo(two.self().pid());
        }
    }
}
