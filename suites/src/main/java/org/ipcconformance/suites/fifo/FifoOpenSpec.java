package org.ipcconformance.suites.fifo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** POSIX open() and fifo(7): how opening a FIFO waits for, or refuses, the other side. */
class FifoOpenSpec {

    @Property("FIFO-OPEN-RENDEZVOUS")
    @Requires({Feature.FIFO, Feature.MULTI_PROCESS, Feature.FILES, Feature.PIPES})
    void aBlockingOpenForReadingWaitsForAWriter(Sandbox box, Evidence evidence) {
        Path fifo = box.directory().resolve("meet");
        box.self().fifos().mkfifo(fifo);
        Proc child = box.self().spawnChild(ChildOptions.inheriting());

        Pending<Handle> open = child.async("open for reading", c -> c.files().open(fifo, OpenMode.READ, false));
        Blocking.assertBlocks(box, evidence, child, open);
        Handle out = box.self().files().open(fifo, OpenMode.WRITE, false);
        Handle in = open.await();

        box.self().pipes().write(out, bytes("r"));
        assertThat(child.pipes().read(in, 1)).asString().isEqualTo("r");
    }

    @Property("FIFO-OPEN-RENDEZVOUS")
    @Requires({Feature.FIFO, Feature.MULTI_PROCESS, Feature.FILES, Feature.PIPES})
    void aBlockingOpenForWritingWaitsForAReader(Sandbox box, Evidence evidence) {
        Path fifo = box.directory().resolve("meet");
        box.self().fifos().mkfifo(fifo);
        Proc child = box.self().spawnChild(ChildOptions.inheriting());

        Pending<Handle> open = child.async("open for writing", c -> c.files().open(fifo, OpenMode.WRITE, false));
        Blocking.assertBlocks(box, evidence, child, open);
        Handle in = box.self().files().open(fifo, OpenMode.READ, false);
        Handle out = open.await();

        child.pipes().write(out, bytes("w"));
        assertThat(box.self().pipes().read(in, 1)).asString().isEqualTo("w");
    }

    @Property("FIFO-NONBLOCK-OPEN")
    @Requires({Feature.FIFO, Feature.NONBLOCKING_IO, Feature.FILES})
    void aNonBlockingOpenForWritingWithNoReaderFailsWithNoSuchDevice(Sandbox box, Evidence evidence) {
        Path fifo = box.directory().resolve("lonely");
        box.self().fifos().mkfifo(fifo);
        IpcException e = Errors.assertFailsWith(IpcError.NO_SUCH_DEVICE_OR_ADDRESS, "a non-blocking open for writing with no reader",
                () -> box.self().files().open(fifo, OpenMode.WRITE, true));
        evidence.record("open", e.rawCode());
    }

    @Property("FIFO-NONBLOCK-OPEN")
    @Requires({Feature.FIFO, Feature.NONBLOCKING_IO, Feature.FILES})
    void aNonBlockingOpenForReadingSucceedsAtOnce(Sandbox box) {
        Path fifo = box.directory().resolve("lonely");
        box.self().fifos().mkfifo(fifo);
        box.self().files().open(fifo, OpenMode.READ, true);
        // With a reader present, the non-blocking open for writing has its other side.
        box.self().files().open(fifo, OpenMode.WRITE, true);
    }

    /** Linux fifo(7): an O_RDWR open counts as the FIFO's reader and its writer, so it has its partner at once. */
    @Property("FIFO-OPEN-RDWR")
    @Requires({Feature.FIFO, Feature.MULTI_PROCESS, Feature.FILES, Feature.PIPES})
    void aReadWriteOpenWithNoOtherOpenerReturnsAtOnceAndReadsWhatItWrote(Sandbox box, Evidence evidence) {
        Path fifo = box.directory().resolve("alone");
        box.self().fifos().mkfifo(fifo);
        Proc child = box.self().spawnChild(ChildOptions.inheriting());

        Pending<Handle> open = child.async("open for reading and writing, no other opener", c -> c.files().open(fifo, OpenMode.READ_WRITE, false));
        Handle both = Blocking.assertDoesNotBlock(box, evidence, child, open);

        assertThat(child.pipes().write(both, bytes("rw"))).as("bytes written on the read-write descriptor").isEqualTo(2);
        assertThat(child.pipes().read(both, 16)).as("what the same descriptor reads back").asString().isEqualTo("rw");
    }
}
