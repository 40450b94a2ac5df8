package org.ipcconformance.suites.fifo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §2: a FIFO's name lives in the file system, and its type says FIFO. */
class FifoNameSpec {

    @Property("FIFO-FILESYSTEM-NAME")
    @Requires({Feature.FIFO, Feature.FILES})
    void mkfifoPutsANameOfTypeFifoInTheFileSystem(Sandbox box, Evidence evidence) {
        Path fifo = box.directory().resolve("named");
        box.self().fifos().mkfifo(fifo);

        FileStat stat = box.self().files().stat(fifo);
        evidence.record("stat", stat);
        assertThat(stat.type()).as("file type of %s", fifo).isEqualTo(FileType.FIFO);
        assertThat(Integer.toOctalString(stat.permissions())).as("permissions (private)").isEqualTo("600");
        assertThat(box.self().files().list(box.directory())).as("directory listing").contains("named");
    }

    @Property("FIFO-FILESYSTEM-NAME")
    @Requires({Feature.FIFO, Feature.MULTI_PROCESS, Feature.FILES})
    void anotherProcessFindsTheSameNameAndType(Sandbox box) {
        Path fifo = box.directory().resolve("named");
        box.self().fifos().mkfifo(fifo);
        Proc other = box.self().spawnUnrelated();
        assertThat(other.files().stat(fifo).type()).as("file type seen by an unrelated process").isEqualTo(FileType.FIFO);
        assertThat(other.files().list(box.directory())).contains("named");
    }
}
