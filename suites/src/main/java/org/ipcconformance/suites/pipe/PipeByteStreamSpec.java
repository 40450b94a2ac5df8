package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.pattern;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import java.util.Arrays;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §1 (unformatted byte stream) and POSIX (order): a pipe carries bytes, not messages. */
class PipeByteStreamSpec {

    @Property("PIPE-BYTE-STREAM")
    @Requires(Feature.PIPES)
    void twoWritesComeBackInOneRead(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().write(pipe.writeEnd(), bytes("ab"));
        self.pipes().write(pipe.writeEnd(), bytes("cd"));
        assertThat(self.pipes().read(pipe.readEnd(), 4)).as("one read after two writes").asString().isEqualTo("abcd");
    }

    @Property("PIPE-BYTE-STREAM")
    @Requires(Feature.PIPES)
    void oneWriteCanBeReadInPieces(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().write(pipe.writeEnd(), bytes("abcdef"));
        assertThat(self.pipes().read(pipe.readEnd(), 2)).asString().isEqualTo("ab");
        assertThat(self.pipes().read(pipe.readEnd(), 4)).asString().isEqualTo("cdef");
    }

    @Property("PIPE-ORDER")
    @Requires({Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PIPES})
    void bytesArriveInOrderNoneLostOrDuplicated(Sandbox box, Evidence evidence) {
        PipedChild piped = box.self().spawnPipedChild();
        byte[] data = pattern(256 * 1024);

        Pending<Integer> write = piped.child().async("write 256 KiB", c -> c.pipes().write(piped.childStdout(), data));
        byte[] received = readFully(box.self(), piped.fromChild(), data.length);
        write.await();

        int mismatch = Arrays.mismatch(data, received);
        evidence.record("bytes compared", data.length);
        assertThat(mismatch).as("index of the first byte that differs from what was written").isEqualTo(-1);
    }
}
