package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §1 and pipe(7): data flows one way, from the write end to the read end. */
class PipeDirectionSpec {

    @Property("PIPE-UNIDIRECTIONAL")
    @Requires(Feature.PIPES)
    void dataWrittenOnTheWriteEndIsReadOnTheReadEnd(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        self.pipes().write(pipe.writeEnd(), bytes("abc"));
        assertThat(readFully(self, pipe.readEnd(), 3)).asString().isEqualTo("abc");
    }

    @Property("PIPE-UNIDIRECTIONAL")
    @Requires(Feature.PIPES)
    void theReadEndCannotBeWrittenAndTheWriteEndCannotBeRead(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        IpcException write = Errors.assertFailsWith(IpcError.BAD_DESCRIPTOR, "write on the read end",
                () -> self.pipes().write(pipe.readEnd(), bytes("x")));
        IpcException read = Errors.assertFailsWith(IpcError.BAD_DESCRIPTOR, "read on the write end",
                () -> self.pipes().read(pipe.writeEnd(), 1));
        evidence.record("write on read end", write.rawCode());
        evidence.record("read on write end", read.rawCode());
    }
}
