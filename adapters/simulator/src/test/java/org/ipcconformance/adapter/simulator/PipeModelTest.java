package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.junit.jupiter.api.Test;

/** The clean model's pipes: capacity, atomicity, blocking, end-of-file, SIGPIPE. */
class PipeModelTest extends ModelTestSupport {

    @Test
    void aReadTakesWhatIsThereUpToMaxAcrossWrites() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().write(p.writeEnd(), bytes("abc"));
            self.pipes().write(p.writeEnd(), bytes("defg"));
            assertThat(text(self.pipes().read(p.readEnd(), 5))).isEqualTo("abcde");
            assertThat(text(self.pipes().read(p.readEnd(), 100))).isEqualTo("fg");
            assertThat(self.pipes().write(p.writeEnd(), new byte[0])).isZero();
        }
    }

    @Test
    void anEmptyPipeBlocksTheReaderUntilAWrite() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.readEnd()));
            assertThat(child.state().kind()).isEqualTo(org.ipcconformance.spec.spi.ProcState.Kind.IDLE);
            Pending<byte[]> r = child.async("read", c -> c.pipes().read(p.readEnd(), 10));
            assertBlocked(child, r);
            assertThat(child.state().detail()).isEqualTo("read(fd 3) on pipe#1");
            self.pipes().write(p.writeEnd(), bytes("hi"));
            assertThat(text(r.await())).isEqualTo("hi");
            assertThat(child.state().kind()).isEqualTo(org.ipcconformance.spec.spi.ProcState.Kind.IDLE);
        }
    }

    @Test
    void nonBlockingReadIsWouldBlockWithAWriterAndEofWithout() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().setNonBlocking(p.readEnd(), true);
            assertThat(errorOf(() -> self.pipes().read(p.readEnd(), 1))).isEqualTo(IpcError.WOULD_BLOCK);
            self.pipes().write(p.writeEnd(), bytes("x"));
            self.pipes().close(p.writeEnd());
            assertThat(text(self.pipes().read(p.readEnd(), 10))).isEqualTo("x");
            assertThat(self.pipes().read(p.readEnd(), 10)).isEmpty();
        }
    }

    @Test
    void theCapacityIsExactly64KiB() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            assertThat(self.pipeCapacity().pipeCapacity(p.writeEnd())).isEqualTo(65536);
            assertThat(self.pipes().pipeBuf()).isEqualTo(4096);
            self.pipes().setNonBlocking(p.writeEnd(), true);
            assertThat(self.pipes().write(p.writeEnd(), new byte[65535])).isEqualTo(65535);
            assertThat(errorOf(() -> self.pipes().write(p.writeEnd(), new byte[10]))).isEqualTo(IpcError.WOULD_BLOCK);
            assertThat(self.pipes().write(p.writeEnd(), new byte[8192])).isEqualTo(1); // above PIPE_BUF: partial
            assertThat(errorOf(() -> self.pipes().write(p.writeEnd(), new byte[1]))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void aSmallNonBlockingWriteIsAllOrNothingAndALargeOneIsPartial() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().setNonBlocking(p.writeEnd(), true);
            self.pipes().write(p.writeEnd(), new byte[65536 - 4095]);
            assertThat(errorOf(() -> self.pipes().write(p.writeEnd(), new byte[4096]))).isEqualTo(IpcError.WOULD_BLOCK);
            assertThat(self.pipes().write(p.writeEnd(), new byte[8192])).isEqualTo(4095);
            self.pipes().close(p.writeEnd());
            assertThat(drain(self, p.readEnd())).isEqualTo(65536);
        }
    }

    @Test
    void aSmallBlockingWriteWaitsForRoomForAllOfIt() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            self.pipes().write(p.writeEnd(), new byte[65536 - 100]);
            Pending<Integer> w = child.async("write", c -> c.pipes().write(p.writeEnd(), new byte[4096]));
            assertBlocked(child, w);
            assertThat(child.state().detail()).isEqualTo("write(fd 4) on pipe#1");
            self.pipes().read(p.readEnd(), 3000);
            assertBlocked(child, w); // 3100 free is still too little for 4096 at once
            self.pipes().read(p.readEnd(), 1000);
            assertThat(w.await()).isEqualTo(4096);
        }
    }

    @Test
    void aLargeBlockingWriteCompletesAsTheReaderDrains() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            byte[] data = pattern(300_000);
            Pending<Integer> w = child.async("write", c -> c.pipes().write(p.writeEnd(), data));
            assertBlocked(child, w);
            byte[] got = readFully(self, p.readEnd(), data.length);
            assertThat(w.await()).isEqualTo(data.length);
            assertThat(Arrays.equals(got, data)).isTrue();
        }
    }

    @Test
    void wrongEndsAndForeignHandlesAreBadDescriptors() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc stranger = self.spawnUnrelated();
            assertThat(errorOf(() -> self.pipes().write(p.readEnd(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.pipes().read(p.writeEnd(), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> stranger.pipes().write(p.writeEnd(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.pipes().read(new Handle(999, "made up"), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            self.pipes().close(p.writeEnd());
            assertThat(errorOf(() -> self.pipes().write(p.writeEnd(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.pipes().close(p.writeEnd()))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }

    @Test
    void eofComesOnlyWhenNoWriteEndIsOpenAnywhere() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc writer = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            self.pipes().close(p.writeEnd());
            writer.pipes().write(p.writeEnd(), bytes("last"));
            Pending<byte[]> first = self.async("read", s -> s.pipes().read(p.readEnd(), 10));
            assertThat(text(first.await())).isEqualTo("last");
            Pending<byte[]> r = self.async("read", s -> s.pipes().read(p.readEnd(), 10));
            assertBlocked(self, r);
            writer.exit();
            assertThat(r.await()).isEmpty();
        }
    }

    @Test
    void nonBlockingIsAFlagOfTheSharedDescription() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.readEnd()));
            child.pipes().setNonBlocking(p.readEnd(), true);
            assertThat(errorOf(() -> self.pipes().read(p.readEnd(), 1))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void sigpipeKillsUnlessIgnoredAndTheHarnessIgnoresIt() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc dflt = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            Proc ign = self.spawnChild(ChildOptions.inheriting(p.writeEnd()).withSigpipe(SignalDisposition.IGNORE));
            self.pipes().close(p.readEnd());
            assertThat(errorOf(() -> self.pipes().write(p.writeEnd(), bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);
            assertThat(errorOf(() -> ign.pipes().write(p.writeEnd(), bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);
            ProcessGoneException gone = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> dflt.pipes().write(p.writeEnd(), bytes("x")), ProcessGoneException.class);
            assertThat(gone.status()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));
            assertThat(dflt.awaitExit()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));
            assertThat(dflt.state().kind()).isEqualTo(org.ipcconformance.spec.spi.ProcState.Kind.EXITED);
        }
    }

    @Test
    void aWriterBlockedOnAFullPipeGetsSigpipeWhenTheLastReaderGoes() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            Pending<Integer> w = child.async("write", c -> c.pipes().write(p.writeEnd(), new byte[100_000]));
            assertBlocked(child, w);
            self.pipes().close(p.readEnd());
            ProcessGoneException gone = org.assertj.core.api.Assertions.catchThrowableOfType(w::await,
                    ProcessGoneException.class);
            assertThat(gone.status().signal()).isEqualTo(13);
        }
    }
}
