package org.ipcconformance.suites.fifo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX unlink(): removing a FIFO's name leaves its open ends working. */
class FifoUnlinkSpec {

    @Property("FIFO-UNLINK-KEEPS-OPEN-ENDS")
    @Requires({Feature.FIFO, Feature.NONBLOCKING_IO, Feature.FILES, Feature.PIPES})
    void openEndsKeepWorkingAfterTheNameIsRemoved(Sandbox box) {
        Proc self = box.self();
        Path fifo = box.directory().resolve("doomed");
        self.fifos().mkfifo(fifo);
        Handle reader = self.files().open(fifo, OpenMode.READ, true);
        Handle writer = self.files().open(fifo, OpenMode.WRITE, true);

        self.files().unlink(fifo);
        Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "stat of the removed name", () -> self.files().stat(fifo));
        assertThat(self.files().list(box.directory())).as("directory listing after unlink").doesNotContain("doomed");

        self.pipes().write(writer, bytes("still here"));
        assertThat(readFully(self, reader, 10)).asString().isEqualTo("still here");
    }
}
