package org.ipcconformance.suites.fifo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §2: unlike a pipe, a FIFO joins processes that share nothing but its name. */
class FifoUnrelatedProcessesSpec {

    @Property("FIFO-UNRELATED-PROCESSES")
    @Requires({Feature.FIFO, Feature.MULTI_PROCESS, Feature.NONBLOCKING_IO, Feature.FILES, Feature.PIPES})
    void twoUnrelatedProcessesTalkThroughTheFifoByName(Sandbox box) {
        Path fifo = box.directory().resolve("rendezvous");
        Proc reader = box.self().spawnUnrelated();
        Proc writer = box.self().spawnUnrelated();
        // The creator is one of the two: the other knows nothing of it but the name.
        reader.fifos().mkfifo(fifo);

        // The reader opens without blocking, so the writer's blocking open finds it there.
        Handle in = reader.files().open(fifo, OpenMode.READ, true);
        Handle out = writer.files().open(fifo, OpenMode.WRITE, false);
        writer.pipes().write(out, bytes("hi"));
        assertThat(reader.pipes().read(in, 16)).as("what the unrelated reader got").asString().isEqualTo("hi");
    }
}
