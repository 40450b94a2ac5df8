package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.ProcState;
import org.junit.jupiter.api.Test;

class SelfPipeTest extends SandboxTest {

    @Test
    void bytesWrittenOnTheWriteEndAreReadOnTheReadEnd() {
        Pipe pipe = self.pipes().pipe();
        assertThat(self.pipes().write(pipe.writeEnd(), bytes("ab"))).isEqualTo(2);
        assertThat(self.pipes().write(pipe.writeEnd(), bytes("cd"))).isEqualTo(2);
        assertThat(self.pipes().read(pipe.readEnd(), 4)).isEqualTo(bytes("abcd"));
    }

    @Test
    void theWrongEndIsABadDescriptorWithTheRawErrno() {
        Pipe pipe = self.pipes().pipe();
        assertThatThrownBy(() -> self.pipes().write(pipe.readEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.rawCode()).isEqualTo("errno 9 (EBADF)");
                    assertThat(e.operation()).startsWith("write(pipe#1 read end [fd ").endsWith("in self");
                });
        assertThatThrownBy(() -> self.pipes().read(pipe.writeEnd(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
    }

    @Test
    void aClosedHandleIsNoLongerHeld() {
        Pipe pipe = self.pipes().pipe();
        self.pipes().close(pipe.writeEnd());
        assertThatThrownBy(() -> self.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.operation()).contains("[not held]");
                });
        assertThat(self.pipes().read(pipe.readEnd(), 1)).isEmpty();
    }

    @Test
    void aNonBlockingWriterFillsExactlyTheReportedCapacity() {
        Pipe pipe = self.pipes().pipe();
        self.pipes().setNonBlocking(pipe.writeEnd(), true);
        long total = 0;
        byte[] chunk = new byte[4096];
        while (true) {
            try {
                total += self.pipes().write(pipe.writeEnd(), chunk);
            } catch (IpcException e) {
                assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK);
                break;
            }
        }
        assertThat(total).isEqualTo(self.pipeCapacity().pipeCapacity(pipe.writeEnd())).isPositive();
        assertThat(self.pipes().pipeBuf()).isEqualTo(4096);
    }

    @Test
    void selfIgnoresSigpipeAndGetsBrokenPipe() {
        Pipe pipe = self.pipes().pipe();
        self.pipes().close(pipe.readEnd());
        assertThatThrownBy(() -> self.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BROKEN_PIPE));
    }

    @Test
    void aBlockedReadInSelfShowsAsBlockedAndCompletes() {
        Pipe pipe = self.pipes().pipe();
        assertThat(self.state().kind()).isEqualTo(ProcState.Kind.IDLE);
        Pending<byte[]> read = self.async("read", p -> p.pipes().read(pipe.readEnd(), 10));
        eventually().until(() -> self.state().isBlocked());
        assertThat(self.state().detail()).startsWith("read(fd ");
        self.pipes().write(pipe.writeEnd(), bytes("go"));
        assertThat(read.await()).isEqualTo(bytes("go"));
    }

    @Test
    void theKernelCopiesWhatWasWrittenFromABuffer() {
        Pipe pipe = self.pipes().pipe();
        var region = self.memory().allocate(bytes("original"));
        assertThat(self.memory().writeFrom(pipe.writeEnd(), region)).isEqualTo(8);
        self.memory().poke(region, 0, bytes("CHANGED!"));
        assertThat(self.memory().peek(region)).isEqualTo(bytes("CHANGED!"));
        assertThat(self.pipes().read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));
        assertThat(self.memory().readGlobal()).isZero();
        self.memory().writeGlobal(7);
        assertThat(self.memory().readGlobal()).isEqualTo(7);
    }
}
