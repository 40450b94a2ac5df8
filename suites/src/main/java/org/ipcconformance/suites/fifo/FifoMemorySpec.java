package org.ipcconformance.suites.fifo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.pattern;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §2: a FIFO's contents live in memory, never in the file. */
class FifoMemorySpec {

    @Property("FIFO-MEMORY-CONTENT")
    @Requires({Feature.FIFO, Feature.NONBLOCKING_IO, Feature.FILES, Feature.PIPES})
    void bufferedDataLeavesTheFileSizeAtZero(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        Path fifo = box.directory().resolve("memory");
        self.fifos().mkfifo(fifo);
        Handle reader = self.files().open(fifo, OpenMode.READ, true);
        Handle writer = self.files().open(fifo, OpenMode.WRITE, false);
        byte[] data = pattern(1000);

        self.pipes().write(writer, data);
        FileStat stat = self.files().stat(fifo);
        evidence.record("stat with 1000 bytes buffered", stat.type() + ", st_size " + stat.size());
        // The type too: a size of 0 says nothing of a node that is not a FIFO, or of a stat that filled nothing.
        assertThat(stat.type()).as("the type stat gives the node mkfifo made").isEqualTo(FileType.FIFO);
        assertThat(stat.size()).as("st_size of the FIFO with 1000 bytes buffered").isZero();
        assertThat(readFully(self, reader, data.length)).isEqualTo(data);
    }

    @Property("FIFO-MEMORY-CONTENT")
    @Requires({Feature.FIFO, Feature.NONBLOCKING_IO, Feature.FILES, Feature.PIPES})
    void nothingIsLeftAfterEveryEndIsClosed(Sandbox box) {
        Proc self = box.self();
        Path fifo = box.directory().resolve("memory");
        self.fifos().mkfifo(fifo);
        Handle reader = self.files().open(fifo, OpenMode.READ, true);
        Handle writer = self.files().open(fifo, OpenMode.WRITE, false);
        self.pipes().write(writer, bytes("leftover"));
        self.pipes().close(writer);
        self.pipes().close(reader);

        Handle reopenedReader = self.files().open(fifo, OpenMode.READ, true);
        self.files().open(fifo, OpenMode.WRITE, false); // with a writer present an empty FIFO says WOULD_BLOCK, not end-of-file
        Errors.assertFailsWith(IpcError.WOULD_BLOCK, "a non-blocking read of the reopened FIFO (nothing may be left)",
                () -> self.pipes().read(reopenedReader, 64));
    }
}
