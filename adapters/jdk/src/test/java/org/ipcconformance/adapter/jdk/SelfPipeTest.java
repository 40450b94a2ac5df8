package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;
import org.junit.jupiter.api.Test;

/** The harness JVM's own pipes: java.nio.channels.Pipe, one channel call per operation. */
class SelfPipeTest extends SandboxFixture {

    @Test
    void dataWrittenOnTheWriteEndIsReadOnTheReadEnd() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        assertThat(self.pipes().write(pipe.writeEnd(), bytes("ab"))).isEqualTo(2);
        assertThat(self.pipes().write(pipe.writeEnd(), bytes("cd"))).isEqualTo(2);
        assertThat(self.pipes().read(pipe.readEnd(), 4)).isEqualTo(bytes("abcd"));
        self.pipes().write(pipe.writeEnd(), bytes("abcdef"));
        assertThat(self.pipes().read(pipe.readEnd(), 2)).isEqualTo(bytes("ab"));
        assertThat(self.pipes().read(pipe.readEnd(), 4)).isEqualTo(bytes("cdef"));
    }

    @Test
    void theWrongEndIsABadDescriptorNamedByTheJdkType() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        assertThatThrownBy(() -> self.pipes().write(pipe.readEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.rawCode()).contains("java.nio.channels.Pipe.SourceChannel is not writable");
                });
        assertThatThrownBy(() -> self.pipes().read(pipe.writeEnd(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.rawCode()).contains("java.nio.channels.Pipe.SinkChannel is not readable");
                });
    }

    @Test
    void aClosedEndIsABadDescriptor() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().close(pipe.writeEnd());
        assertThatThrownBy(() -> self.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    // The JDK says ClosedChannelException or its subclass AsynchronousCloseException.
                    assertThat(e.rawCode()).startsWith("java.nio.channels.").contains("Close");
                });
        assertThat(self.pipes().read(pipe.readEnd(), 10)).as("EOF once every write end is closed").isEmpty();
    }

    @Test
    void nonBlockingWritesFillTheBufferUntilWouldBlock() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().setNonBlocking(pipe.writeEnd(), true);
        byte[] chunk = new byte[4096];
        long total = 0;
        IpcException refused = null;
        while (refused == null && total < 16L << 20) {
            try {
                total += self.pipes().write(pipe.writeEnd(), chunk);
            } catch (IpcException e) {
                refused = e;
            }
        }
        assertThat(refused).as("a full pipe refuses a non-blocking write").isNotNull();
        assertThat(refused.error()).isEqualTo(IpcError.WOULD_BLOCK);
        assertThat(total).isPositive().isLessThan(16L << 20);

        // PIPE_BUF atomicity: with 100 bytes free, a PIPE_BUF write writes nothing.
        assertThat(self.pipes().read(pipe.readEnd(), 100)).hasSize(100);
        byte[] atomic = new byte[self.pipes().pipeBuf()];
        assertThatThrownBy(() -> self.pipes().write(pipe.writeEnd(), atomic))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK));
        self.pipes().setNonBlocking(pipe.readEnd(), true);
        long drained = 100;
        while (true) {
            try {
                drained += self.pipes().read(pipe.readEnd(), 65536).length;
            } catch (IpcException e) {
                assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK);
                break;
            }
        }
        assertThat(drained).as("what was drained is what was written").isEqualTo(total);
    }

    @Test
    void writingWithNoReadEndIsABrokenPipe() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().close(pipe.readEnd());
        assertThatThrownBy(() -> self.pipes().write(pipe.writeEnd(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BROKEN_PIPE);
                    assertThat(e.rawCode()).contains("IOException").contains("Broken pipe");
                });
    }

    @Test
    void theKernelCopiesTheDataAtWriteTime() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        Region region = self.memory().allocate(bytes("original"));
        assertThat(self.memory().writeFrom(pipe.writeEnd(), region)).isEqualTo(8);
        self.memory().poke(region, 0, bytes("CHANGED!"));
        assertThat(self.memory().peek(region)).isEqualTo(bytes("CHANGED!"));
        assertThat(self.pipes().read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));
    }

    @Test
    void aLargeBlockingWriteWritesEverything() {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        byte[] data = new byte[1 << 20];
        Arrays.fill(data, (byte) 7);
        var writing = self.async("write 1 MiB", p -> p.pipes().write(pipe.writeEnd(), data));
        long read = 0;
        while (read < data.length) {
            read += self.pipes().read(pipe.readEnd(), 65536).length;
        }
        assertThat(writing.await()).isEqualTo(data.length);
        assertThat(read).isEqualTo(data.length);
    }

    @Test
    void pipeBufIsThePlatformValue() {
        assertThat(box.self().pipes().pipeBuf()).isGreaterThanOrEqualTo(512);
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(box.self().pipes().pipeBuf()).isEqualTo(4096);
        }
    }
}
