package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** FIFOs of the clean model: the name, the open rendezvous, the in-memory contents, unlink. */
class FifoModelTest extends ModelTestSupport {

    @Test
    void mkfifoMakesANamedFifoOfMode0600AndSizeZero() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            self.fifos().mkfifo(box.directory().resolve("b"));
            self.fifos().mkfifo(box.directory().resolve("a"));
            assertThat(self.files().stat(box.directory().resolve("a"))).isEqualTo(new FileStat(FileType.FIFO, 0, 0600));
            assertThat(self.files().list(box.directory())).containsExactly("a", "b");
            assertThat(self.files().stat(box.directory()).type()).isEqualTo(FileType.DIRECTORY);
            assertThat(errorOf(() -> self.fifos().mkfifo(box.directory().resolve("a")))).isEqualTo(IpcError.ALREADY_EXISTS);
            assertThat(errorOf(() -> self.fifos().mkfifo(box.directory().resolve("x/y")))).isEqualTo(IpcError.NO_SUCH_FILE);
        }
    }

    @Test
    void theModelSeesOnlyWhatItCreated() throws IOException {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Files.writeString(box.directory().resolve("real"), "on disk");
            assertThat(errorOf(() -> self.files().stat(box.directory().resolve("real")))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(errorOf(() -> self.files().open(box.directory().resolve("real"), OpenMode.READ, true)))
                    .isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(self.files().list(box.directory())).isEmpty();
            assertThatThrownBy(() -> self.files().stat(Path.of("/etc/hostname"))).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void aBlockingOpenForReadingWaitsForAWriterAndViceVersa() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Proc child = self.spawnChild(ChildOptions.inheriting());
            Pending<Handle> r = child.async("open", c -> c.files().open(f, OpenMode.READ, false));
            assertBlocked(child, r);
            assertThat(child.state().detail()).isEqualTo("open(fifo f, READ) waiting for a writer");
            Handle w = self.files().open(f, OpenMode.WRITE, false);
            Handle rh = r.await();
            self.pipes().write(w, bytes("data"));
            assertThat(text(child.pipes().read(rh, 10))).isEqualTo("data");
            self.pipes().close(w);
            child.pipes().close(rh);

            Pending<Handle> w2 = child.async("open", c -> c.files().open(f, OpenMode.WRITE, false));
            assertBlocked(child, w2);
            self.files().open(f, OpenMode.READ, false);
            assertThat(w2.await()).isNotNull();
        }
    }

    @Test
    void nonBlockingOpensAndReadWriteOpensNeverWait() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            assertThat(errorOf(() -> self.files().open(f, OpenMode.WRITE, true))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
            Handle r = self.files().open(f, OpenMode.READ, true);
            assertThat(self.pipes().read(r, 1)).isEmpty(); // no writer: end-of-file, as Linux
            Handle w = self.files().open(f, OpenMode.WRITE, true);
            assertThat(errorOf(() -> self.pipes().read(r, 1))).isEqualTo(IpcError.WOULD_BLOCK);
            self.pipes().close(r);
            self.pipes().close(w);
            Handle rw = self.files().open(f, OpenMode.READ_WRITE, false);
            self.pipes().write(rw, bytes("me"));
            assertThat(text(self.pipes().read(rw, 2))).isEqualTo("me");
        }
    }

    @Test
    void contentsStayInMemoryAndGoAtTheLastClose() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Handle r = self.files().open(f, OpenMode.READ, true);
            Handle w = self.files().open(f, OpenMode.WRITE, true);
            self.pipes().write(w, new byte[1000]);
            assertThat(self.files().stat(f).size()).isZero();
            self.pipes().close(w);
            assertThat(self.pipes().read(r, 2000)).hasSize(1000);
            Handle w2 = self.files().open(f, OpenMode.WRITE, true);
            self.pipes().write(w2, bytes("kept while a reader is open"));
            self.pipes().close(r);
            self.pipes().close(w2);
            Handle r3 = self.files().open(f, OpenMode.READ, true);
            self.files().open(f, OpenMode.WRITE, true);
            assertThat(errorOf(() -> self.pipes().read(r3, 100))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void unrelatedProcessesMeetThroughTheName() {
        try (Sandbox box = sandbox()) {
            Path f = box.directory().resolve("f");
            box.self().fifos().mkfifo(f);
            Proc u = box.self().spawnUnrelated();
            Proc v = box.self().spawnUnrelated();
            Handle r = u.files().open(f, OpenMode.READ, true);
            Handle w = v.files().open(f, OpenMode.WRITE, false);
            assertThat(errorOf(() -> u.pipes().read(w, 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            v.pipes().write(w, bytes("hi"));
            assertThat(text(u.pipes().read(r, 2))).isEqualTo("hi");
        }
    }

    @Test
    void unlinkRemovesTheNameButTheEndsWorkOn() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Handle r = self.files().open(f, OpenMode.READ, true);
            Handle w = self.files().open(f, OpenMode.WRITE, true);
            self.files().unlink(f);
            assertThat(errorOf(() -> self.files().stat(f))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(errorOf(() -> self.files().unlink(f))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(self.files().list(box.directory())).isEmpty();
            self.pipes().write(w, bytes("on"));
            assertThat(text(self.pipes().read(r, 2))).isEqualTo("on");
            self.fifos().mkfifo(f);
            Handle r2 = self.files().open(f, OpenMode.READ, true);
            assertThat(self.pipes().read(r2, 1)).isEmpty(); // a new FIFO: the old writer is not its writer
        }
    }

    @Test
    void aKilledOpenerLeavesNoReaderBehind() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Proc child = self.spawnUnrelated();
            Pending<Handle> r = child.async("open", c -> c.files().open(f, OpenMode.READ, false));
            assertBlocked(child, r);
            child.kill();
            assertThatThrownBy(r::await).isInstanceOf(org.ipcconformance.spec.spi.ProcessGoneException.class);
            assertThat(errorOf(() -> self.files().open(f, OpenMode.WRITE, true))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
        }
    }
}
