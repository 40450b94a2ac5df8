package org.ipcconformance.suites.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed, concept: the kernel copies the sender's data into its own buffer; later changes to the sender's memory do not travel. */
class KernelCopySpec {

    @Property("IPC-KERNEL-COPY")
    @Requires({Feature.PROCESS_MEMORY, Feature.PIPES})
    void changingTheSendersBufferAfterWriteDoesNotChangeWhatIsRead(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        writeThenChange(self, pipe);
        assertThat(readFully(self, pipe.readEnd(), 8)).asString().isEqualTo("original");
        evidence.record("buffer", "writer's buffer changed to CHANGED! after write; reader got original");
    }

    @Property("IPC-KERNEL-COPY")
    @Requires({Feature.PROCESS_MEMORY, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES})
    void aChildChangingItsBufferAfterWriteDoesNotChangeWhatTheParentReads(Sandbox box) {
        Pipe pipe = box.self().pipes().pipe();
        Proc child = box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        writeThenChange(child, pipe);
        assertThat(readFully(box.self(), pipe.readEnd(), 8)).asString().isEqualTo("original");
    }

    private static void writeThenChange(Proc writer, Pipe pipe) {
        Region buffer = writer.memory().allocate(bytes("original"));
        assertThat(writer.memory().writeFrom(pipe.writeEnd(), buffer)).as("bytes written from the buffer").isEqualTo(8);
        writer.memory().poke(buffer, 0, bytes("CHANGED!"));
        assertThat(writer.memory().peek(buffer)).as("the writer's buffer after the change").asString().isEqualTo("CHANGED!");
    }
}
