package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.filled;
import static org.ipcconformance.suites.engine.Bytes.pattern;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §1 and POSIX write(): a pipe's buffer is finite; a full pipe stalls or refuses writers. */
class PipeBufferSpec {
    /** Far beyond any default pipe buffer (64 KiB on Linux, 16 KiB on macOS). */
    private static final int FAR_BEYOND_CAPACITY = 1 << 20;
    /** A pipe that takes this much without refusing is taken to be unbounded. */
    private static final int UNBOUNDED = 16 << 20;

    @Property("PIPE-FINITE-BUFFER")
    @Requires({Feature.NONBLOCKING_IO, Feature.PIPES})
    void aNonBlockingWriterGetsWouldBlockOnceTheBufferIsFull(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().setNonBlocking(pipe.writeEnd(), true);

        long accepted = fill(self, pipe, 4096);
        evidence.record("capacity (bytes accepted before WOULD_BLOCK)", accepted);
        assertThat(accepted).as("bytes accepted before WOULD_BLOCK").isPositive();
        if (box.features().has(Feature.PIPE_CAPACITY_QUERY)) {
            int reported = self.pipeCapacity().pipeCapacity(pipe.writeEnd());
            evidence.record("reported capacity", reported);
            assertThat(accepted).as("bytes accepted vs the capacity the pipe reports").isEqualTo(reported);
        }
    }

    @Property("PIPE-FINITE-BUFFER")
    @Requires({Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PIPES})
    void aBlockingWriterStallsWhenTheBufferIsFullAndResumesWhenItIsDrained(Sandbox box, Evidence evidence) {
        PipedChild piped = box.self().spawnPipedChild();
        byte[] data = pattern(FAR_BEYOND_CAPACITY);

        Pending<Integer> write = piped.child().async("write 1 MiB to stdout", c -> c.pipes().write(piped.childStdout(), data));
        Blocking.assertBlocks(box, evidence, piped.child(), write);

        assertThat(readFully(box.self(), piped.fromChild(), data.length)).isEqualTo(data);
        assertThat(write.await()).as("bytes the stalled write reported once drained").isEqualTo(data.length);
    }

    /**
     * Writes chunks until WOULD_BLOCK and returns the bytes accepted.
     * Fails if the pipe takes {@link #UNBOUNDED} bytes without refusing.
     */
    static long fill(Proc self, Pipe pipe, int chunkSize) {
        byte[] chunk = filled(chunkSize, 'f');
        long accepted = 0;
        while (accepted < UNBOUNDED) {
            try {
                accepted += self.pipes().write(pipe.writeEnd(), chunk);
            } catch (IpcException e) {
                if (e.error() != IpcError.WOULD_BLOCK) {
                    throw e;
                }
                return accepted;
            }
        }
        throw new AssertionError("a non-blocking pipe accepted " + UNBOUNDED + " bytes without WOULD_BLOCK: its buffer is not finite");
    }
}
