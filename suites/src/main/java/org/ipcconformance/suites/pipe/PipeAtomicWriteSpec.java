package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.filled;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX write(): writes of at most PIPE_BUF bytes are atomic, also in non-blocking mode. */
class PipeAtomicWriteSpec {
    private static final int RECORDS_PER_WRITER = 256;

    @Property("PIPE-ATOMIC-WRITE")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES})
    void concurrentWritesOfPipeBufBytesDoNotInterleave(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        int pipeBuf = self.pipes().pipeBuf();
        Pipe pipe = self.pipes().pipe();
        Proc a = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Proc b = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        self.pipes().close(pipe.writeEnd());

        Pending<Long> writesA = a.async("write A records",
                c -> c.pipes().writeRepeatedly(pipe.writeEnd(), filled(pipeBuf, 'A'), RECORDS_PER_WRITER));
        Pending<Long> writesB = b.async("write B records",
                c -> c.pipes().writeRepeatedly(pipe.writeEnd(), filled(pipeBuf, 'B'), RECORDS_PER_WRITER));
        byte[] stream = readFully(self, pipe.readEnd(), 2 * RECORDS_PER_WRITER * pipeBuf);
        writesA.await();
        writesB.await();

        int switches = 0;
        for (int record = 0; record < 2 * RECORDS_PER_WRITER; record++) {
            int start = record * pipeBuf;
            byte first = stream[start];
            for (int i = start; i < start + pipeBuf; i++) {
                if (stream[i] != first) {
                    throw new AssertionError("record " + record + " (bytes " + start + ".." + (start + pipeBuf - 1)
                            + ") mixes '" + (char) first + "' and '" + (char) stream[i] + "' at byte " + i
                            + ": two writes of PIPE_BUF=" + pipeBuf + " bytes interleaved");
                }
            }
            if (record > 0 && stream[start - 1] != first) {
                switches++;
            }
        }
        evidence.record("PIPE_BUF", pipeBuf);
        evidence.record("writer switches seen in the stream", switches);
    }

    @Property("PIPE-ATOMIC-WRITE")
    @Requires({Feature.NONBLOCKING_IO, Feature.PIPES})
    void aNonBlockingWriteOfPipeBufBytesWithTooLittleRoomWritesNothing(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        int pipeBuf = self.pipes().pipeBuf();
        Pipe pipe = self.pipes().pipe();
        self.pipes().setNonBlocking(pipe.writeEnd(), true);
        self.pipes().setNonBlocking(pipe.readEnd(), true);

        long written = PipeBufferSpec.fill(self, pipe, pipeBuf);
        long drained = self.pipes().read(pipe.readEnd(), 100).length;
        assertThat(drained).as("bytes read to make a little room").isEqualTo(100);

        IpcException refused = Errors.assertFailsWith(IpcError.WOULD_BLOCK, "a non-blocking write of PIPE_BUF bytes into 100 bytes of room",
                () -> self.pipes().write(pipe.writeEnd(), filled(pipeBuf, 'X')));
        drained += drain(self, pipe);
        evidence.record("refused write", refused.rawCode());
        assertThat(drained).as("bytes in the pipe after the refused write (all of them from the fill)").isEqualTo(written);
    }

    private static long drain(Proc self, Pipe pipe) {
        long total = 0;
        while (true) {
            try {
                byte[] chunk = self.pipes().read(pipe.readEnd(), 65536);
                if (chunk.length == 0) {
                    return total;
                }
                total += chunk.length;
            } catch (IpcException e) {
                if (e.error() != IpcError.WOULD_BLOCK) {
                    throw e;
                }
                return total;
            }
        }
    }
}
