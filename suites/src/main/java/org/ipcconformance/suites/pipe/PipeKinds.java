package org.ipcconformance.suites.pipe;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.PipeKind;

/** A pipe of either kind held by self, both ends blocking, so that one spec body serves both. */
final class PipeKinds {
    private PipeKinds() {
    }

    /**
     * pipe(2) for {@link PipeKind#ANONYMOUS}. For {@link PipeKind#FIFO}: mkfifo, a non-blocking
     * open for reading (which returns at once), a blocking open for writing (which has its reader),
     * then the read end made blocking again, as an anonymous pipe's is.
     */
    static Pipe open(Sandbox box, PipeKind kind, String name) {
        Proc self = box.self();
        if (kind == PipeKind.ANONYMOUS) {
            return self.pipes().pipe();
        }
        box.require(Feature.FILES, Feature.NONBLOCKING_IO);
        Path fifo = box.directory().resolve(name);
        self.fifos().mkfifo(fifo);
        Handle readEnd = self.files().open(fifo, OpenMode.READ, true);
        Handle writeEnd = self.files().open(fifo, OpenMode.WRITE, false);
        self.pipes().setNonBlocking(readEnd, false);
        return new Pipe(readEnd, writeEnd);
    }
}
