package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.junit.jupiter.api.Test;

class ChildPipeTest extends SandboxTest {

    @Test
    void aChildInheritingTheWriteEndWritesAndSelfReads() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        assertThat(child.name()).isEqualTo("child-1");
        assertThat(child.pid()).isNotEqualTo(self.pid());
        assertThat(child.pipes().write(pipe.writeEnd(), bytes("hello"))).isEqualTo(5);
        assertThat(self.pipes().read(pipe.readEnd(), 5)).isEqualTo(bytes("hello"));
        eventually().until(() -> child.state().kind() == ProcState.Kind.IDLE);
    }

    @Test
    void aHandleTheChildDidNotInheritIsABadDescriptorThere() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        assertThatThrownBy(() -> child.pipes().read(pipe.readEnd(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.rawCode()).isEqualTo("errno 9 (EBADF)");
                    assertThat(e.operation()).contains("[not held]").endsWith("in child-1");
                });
    }

    @Test
    void aPipedChildReadsItsStdinAndWritesItsStdout() {
        PipedChild piped = self.spawnPipedChild();
        Proc child = piped.child();
        self.pipes().write(piped.toChild(), bytes("ping"));
        assertThat(child.pipes().read(piped.childStdin(), 4)).isEqualTo(bytes("ping"));
        child.pipes().write(piped.childStdout(), bytes("pong"));
        assertThat(self.pipes().read(piped.fromChild(), 4)).isEqualTo(bytes("pong"));
        self.pipes().close(piped.toChild());
        assertThat(child.pipes().read(piped.childStdin(), 4)).isEmpty();
    }

    @Test
    void aChildBlockedInABigWriteShowsBlockedUntilSelfDrains() {
        PipedChild piped = self.spawnPipedChild();
        Proc child = piped.child();
        byte[] mebibyte = new byte[1 << 20];
        Arrays.fill(mebibyte, (byte) 'm');
        Pending<Integer> write = child.async("write 1 MiB", p -> p.pipes().write(piped.childStdout(), mebibyte));
        eventually().until(() -> child.state().isBlocked());
        assertThat(child.state().detail()).startsWith("write(fd 1)");
        assertThat(write.isDone()).isFalse();
        int drained = 0;
        while (drained < mebibyte.length) {
            drained += self.pipes().read(piped.fromChild(), 256 * 1024).length;
        }
        assertThat(write.await()).isEqualTo(mebibyte.length);
        eventually().until(() -> child.state().kind() == ProcState.Kind.IDLE);
    }

    @Test
    void sigpipeByDefaultKillsTheWriter() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        self.pipes().close(pipe.readEnd());
        assertThatThrownBy(() -> child.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(ProcessGoneException.class,
                        e -> assertThat(e.status()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE")));
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));
        assertThat(child.state().kind()).isEqualTo(ProcState.Kind.EXITED);
        assertThatThrownBy(() -> child.memory().readGlobal()).isInstanceOf(ProcessGoneException.class);
    }

    @Test
    void aWriterIgnoringSigpipeGetsBrokenPipe() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()).withSigpipe(SignalDisposition.IGNORE));
        self.pipes().close(pipe.readEnd());
        assertThatThrownBy(() -> child.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BROKEN_PIPE);
                    assertThat(e.rawCode()).isEqualTo("errno 32 (EPIPE)");
                });
        child.exit();
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.exited(0));
    }

    @Test
    void eofComesOnlyWhenEveryWriterIsGone() {
        Pipe pipe = self.pipes().pipe();
        Proc reader = self.spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        Proc writer = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        self.pipes().close(pipe.writeEnd());
        Pending<byte[]> read = reader.async("read", p -> p.pipes().read(pipe.readEnd(), 10));
        eventually().until(() -> reader.state().isBlocked());
        writer.exit();
        assertThat(read.await()).isEmpty();
    }

    @Test
    void atomicWritesOfTwoChildrenNeverInterleave() {
        Pipe pipe = self.pipes().pipe();
        int pipeBuf = self.pipes().pipeBuf();
        Proc a = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Proc b = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        byte[] as = new byte[pipeBuf];
        byte[] bs = new byte[pipeBuf];
        Arrays.fill(as, (byte) 'A');
        Arrays.fill(bs, (byte) 'B');
        Pending<Long> wa = a.async("A", p -> p.pipes().writeRepeatedly(pipe.writeEnd(), as, 64));
        Pending<Long> wb = b.async("B", p -> p.pipes().writeRepeatedly(pipe.writeEnd(), bs, 64));
        byte[] all = new byte[2 * 64 * pipeBuf];
        int got = 0;
        while (got < all.length) {
            byte[] chunk = self.pipes().read(pipe.readEnd(), all.length - got);
            System.arraycopy(chunk, 0, all, got, chunk.length);
            got += chunk.length;
        }
        assertThat(wa.await()).isEqualTo(64L * pipeBuf);
        assertThat(wb.await()).isEqualTo(64L * pipeBuf);
        for (int off = 0; off < all.length; off += pipeBuf) {
            byte first = all[off];
            for (int i = off; i < off + pipeBuf; i++) {
                assertThat(all[i]).as("byte %d", i).isEqualTo(first);
            }
        }
    }
}
