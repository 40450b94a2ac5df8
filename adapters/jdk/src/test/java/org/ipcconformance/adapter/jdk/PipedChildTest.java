package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.junit.jupiter.api.Test;

/** A child JVM whose fd 0 and fd 1 are pipes to the harness (ProcessBuilder.Redirect.PIPE). */
class PipedChildTest extends SandboxFixture {

    @Test
    void dataFlowsToTheChildAndBack() {
        Proc self = box.self();
        PipedChild pc = self.spawnPipedChild();
        self.pipes().write(pc.toChild(), bytes("ping"));
        assertThat(pc.child().pipes().read(pc.childStdin(), 4)).isEqualTo(bytes("ping"));
        assertThat(pc.child().pipes().write(pc.childStdout(), bytes("pong"))).isEqualTo(4);
        assertThat(self.pipes().read(pc.fromChild(), 4)).isEqualTo(bytes("pong"));
    }

    @Test
    void aOneMebibyteWriteCompletesOnlyAfterTheParentReadsIt() {
        Proc self = box.self();
        PipedChild pc = self.spawnPipedChild();
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >> 12));
        }
        Pending<Integer> writing = pc.child().async("write 1 MiB to stdout", c -> c.pipes().write(pc.childStdout(), data));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (got.size() < data.length) {
            // A pipe holds far less than half a MiB: until then the write cannot have returned.
            if (got.size() < data.length / 2) {
                assertThat(writing.isDone()).as("write done after only %d bytes were read", got.size()).isFalse();
            }
            got.writeBytes(self.pipes().read(pc.fromChild(), 65536));
        }
        assertThat(writing.await()).isEqualTo(data.length);
        assertThat(got.toByteArray()).isEqualTo(data);
    }

    @Test
    void theChildReadsEndOfFileOnceTheParentClosesItsEnd() {
        Proc self = box.self();
        PipedChild pc = self.spawnPipedChild();
        Pending<byte[]> first = pc.child().async("read stdin", c -> c.pipes().read(pc.childStdin(), 10));
        self.pipes().write(pc.toChild(), bytes("w"));
        self.pipes().close(pc.toChild());
        assertThat(first.await()).isEqualTo(bytes("w"));
        assertThat(pc.child().pipes().read(pc.childStdin(), 10)).as("EOF").isEmpty();
    }

    @Test
    void theChildsWrongEndIsABadDescriptor() {
        PipedChild pc = box.self().spawnPipedChild();
        assertThatThrownBy(() -> pc.child().pipes().write(pc.childStdin(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR);
                    assertThat(e.rawCode()).contains("NonWritableChannelException");
                });
        assertThatThrownBy(() -> pc.child().pipes().read(pc.childStdout(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
        assertThatThrownBy(() -> box.self().pipes().read(pc.childStdout(), 1))
                .as("self holds no copy of the child's fd 1")
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
        assertThatThrownBy(() -> pc.child().pipes().write(pc.toChild(), bytes("x")))
                .as("the child holds no copy of the parent's end")
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
    }

    @Test
    void aChildWritingToAClosedReaderGetsABrokenPipe() {
        PipedChild pc = box.self().spawnPipedChild();
        box.self().pipes().close(pc.fromChild());
        assertThatThrownBy(() -> pc.child().pipes().write(pc.childStdout(), bytes("x")))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BROKEN_PIPE));
    }

    @Test
    void theParentWritingToAChildThatClosedItsStdinGetsABrokenPipe() {
        PipedChild pc = box.self().spawnPipedChild();
        pc.child().pipes().close(pc.childStdin());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> box.self().pipes().write(pc.toChild(), bytes("x")))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BROKEN_PIPE));
        }
        box.self().pipes().close(pc.toChild());
        assertThat(pc.child().memory().readGlobal()).as("the child lives on: a JVM is not killed by SIGPIPE").isZero();
    }

    @Test
    void standardStreamsCannotBeMadeNonBlocking() {
        PipedChild pc = box.self().spawnPipedChild();
        assertThatThrownBy(() -> pc.child().pipes().setNonBlocking(pc.childStdin(), true))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.NONBLOCKING_IO));
        assertThatThrownBy(() -> box.self().pipes().setNonBlocking(pc.toChild(), true))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.NONBLOCKING_IO));
    }

    @Test
    void aPipeInsideAChildWorksThere() {
        Proc child = box.self().spawnChild(org.ipcconformance.spec.spi.ChildOptions.inheriting());
        var pipe = child.pipes().pipe();
        child.pipes().setNonBlocking(pipe.readEnd(), true);
        assertThatThrownBy(() -> child.pipes().read(pipe.readEnd(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK));
        child.pipes().write(pipe.writeEnd(), bytes("inside"));
        assertThat(child.pipes().read(pipe.readEnd(), 100)).isEqualTo(bytes("inside"));
        assertThatThrownBy(() -> box.self().pipes().read(pipe.readEnd(), 1))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
    }
}
