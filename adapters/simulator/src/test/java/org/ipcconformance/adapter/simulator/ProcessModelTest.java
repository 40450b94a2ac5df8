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
import org.junit.jupiter.api.Test;

/** Processes of the clean model: memory, spawning, stdio pipes, state, exit and the sandbox's end. */
class ProcessModelTest extends ModelTestSupport {

    @Test
    void everyProcessHasItsOwnGlobalAndBuffers() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Proc a = self.spawnChild(ChildOptions.inheriting());
            Proc b = self.spawnUnrelated();
            a.writeGlobal(42);
            assertThat(self.readGlobal()).isZero();
            assertThat(b.readGlobal()).isZero();
            assertThat(a.readGlobal()).isEqualTo(42);
            Region r = a.allocate(bytes("abcd"));
            a.poke(r, 1, bytes("XY"));
            assertThat(text(a.peek(r))).isEqualTo("aXYd");
            assertThat(errorOf(() -> b.peek(r))).isEqualTo(IpcError.OTHER);
            assertThat(errorOf(() -> a.poke(r, 3, bytes("toolong")))).isEqualTo(IpcError.OTHER);
        }
    }

    @Test
    void aWriteCopiesTheSendersBytes() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipe();
            byte[] mine = bytes("original");
            self.write(p.writeEnd(), mine);
            mine[0] = 'X';
            Region r = self.allocate(bytes("region"));
            self.writeFrom(p.writeEnd(), r);
            self.poke(r, 0, bytes("CHANGE"));
            assertThat(text(self.read(p.readEnd(), 14))).isEqualTo("originalregion");
        }
    }

    @Test
    void aChildInheritsTheSameHandlesAndClosesOnlyItsCopy() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.readEnd(), p.writeEnd()));
            child.write(p.writeEnd(), bytes("x"));
            child.close(p.writeEnd());
            self.write(p.writeEnd(), bytes("y"));
            assertThat(text(child.read(p.readEnd(), 2))).isEqualTo("xy");
            assertThat(errorOf(() -> child.write(p.writeEnd(), bytes("z")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }

    @Test
    void inheritingAHandleTheParentDoesNotHoldIsABadDescriptor() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipe();
            self.close(p.readEnd());
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
            self.write(pc.toChild(), bytes("ping"));
            assertThat(text(child.read(pc.childStdin(), 10))).isEqualTo("ping");
            child.write(pc.childStdout(), bytes("pong"));
            assertThat(text(self.read(pc.fromChild(), 10))).isEqualTo("pong");
            assertThat(errorOf(() -> self.read(pc.childStdin(), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            self.close(pc.toChild());
            assertThat(child.read(pc.childStdin(), 10)).isEmpty();
            child.exit();
            assertThat(self.read(pc.fromChild(), 10)).isEmpty();
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
            ProcessGoneException e = catchThrowableOfType(child::pipe, ProcessGoneException.class);
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
            Pipe p = box.self().pipe();
            Proc child = box.self().spawnChild(ChildOptions.inheriting(p.readEnd()));
            Pending<byte[]> r = child.async("read", c -> c.read(p.readEnd(), 1));
            assertBlocked(child, r);
            assertThatThrownBy(() -> child.read(p.readEnd(), 1)).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("one operation at a time");
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
        Pipe p = self.pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
        Pending<Integer> w = child.async("write", c -> c.write(p.writeEnd(), new byte[100_000]));
        Pending<byte[]> r = self.async("read", s -> s.read(self.pipe().readEnd(), 1));
        assertBlocked(child, w);
        assertBlocked(self, r);
        Pending<ExitStatus> exit = self.async("await", s -> child.awaitExit());
        box.close();
        assertThat(catchThrowableOfType(w::await, ProcessGoneException.class).status().signal()).isEqualTo(9);
        assertThat(catchThrowableOfType(r::await, ProcessGoneException.class)).isNotNull();
        assertThat(exit.await()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        assertThat(child.state().kind()).isEqualTo(ProcState.Kind.EXITED);
        assertThatThrownBy(self::pipe).isInstanceOf(ProcessGoneException.class);
    }

    @Test
    void sandboxesShareNothing() {
        try (Sandbox one = sandbox(); Sandbox two = sandbox()) {
            one.self().writeGlobal(7);
            assertThat(two.self().readGlobal()).isZero();
            one.self().mkfifo(one.directory().resolve("f"));
            assertThat(two.self().list(two.directory())).isEmpty();
            assertThat(one.self().pid()).isEqualTo(two.self().pid());
        }
    }
}
