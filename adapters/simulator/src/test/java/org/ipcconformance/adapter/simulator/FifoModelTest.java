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
            self.mkfifo(box.directory().resolve("b"));
            self.mkfifo(box.directory().resolve("a"));
            assertThat(self.stat(box.directory().resolve("a"))).isEqualTo(new FileStat(FileType.FIFO, 0, 0600));
            assertThat(self.list(box.directory())).containsExactly("a", "b");
            assertThat(self.stat(box.directory()).type()).isEqualTo(FileType.DIRECTORY);
            assertThat(errorOf(() -> self.mkfifo(box.directory().resolve("a")))).isEqualTo(IpcError.ALREADY_EXISTS);
            assertThat(errorOf(() -> self.mkfifo(box.directory().resolve("x/y")))).isEqualTo(IpcError.NO_SUCH_FILE);
        }
    }

    @Test
    void theModelSeesOnlyWhatItCreated() throws IOException {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Files.writeString(box.directory().resolve("real"), "on disk");
            assertThat(errorOf(() -> self.stat(box.directory().resolve("real")))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(errorOf(() -> self.open(box.directory().resolve("real"), OpenMode.READ, true)))
                    .isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(self.list(box.directory())).isEmpty();
            assertThatThrownBy(() -> self.stat(Path.of("/etc/hostname"))).isInstanceOf(HarnessException.class)
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void aBlockingOpenForReadingWaitsForAWriterAndViceVersa() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.mkfifo(f);
            Proc child = self.spawnChild(ChildOptions.inheriting());
            Pending<Handle> r = child.async("open", c -> c.open(f, OpenMode.READ, false));
            assertBlocked(child, r);
            assertThat(child.state().detail()).isEqualTo("open(fifo f, READ) waiting for a writer");
            Handle w = self.open(f, OpenMode.WRITE, false);
            Handle rh = r.await();
            self.write(w, bytes("data"));
            assertThat(text(child.read(rh, 10))).isEqualTo("data");
            self.close(w);
            child.close(rh);

            Pending<Handle> w2 = child.async("open", c -> c.open(f, OpenMode.WRITE, false));
            assertBlocked(child, w2);
            self.open(f, OpenMode.READ, false);
            assertThat(w2.await()).isNotNull();
        }
    }

    @Test
    void nonBlockingOpensAndReadWriteOpensNeverWait() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.mkfifo(f);
            assertThat(errorOf(() -> self.open(f, OpenMode.WRITE, true))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
            Handle r = self.open(f, OpenMode.READ, true);
            assertThat(self.read(r, 1)).isEmpty(); // no writer: end-of-file, as Linux
            Handle w = self.open(f, OpenMode.WRITE, true);
            assertThat(errorOf(() -> self.read(r, 1))).isEqualTo(IpcError.WOULD_BLOCK);
            self.close(r);
            self.close(w);
            Handle rw = self.open(f, OpenMode.READ_WRITE, false);
            self.write(rw, bytes("me"));
            assertThat(text(self.read(rw, 2))).isEqualTo("me");
        }
    }

    @Test
    void contentsStayInMemoryAndGoAtTheLastClose() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.mkfifo(f);
            Handle r = self.open(f, OpenMode.READ, true);
            Handle w = self.open(f, OpenMode.WRITE, true);
            self.write(w, new byte[1000]);
            assertThat(self.stat(f).size()).isZero();
            self.close(w);
            assertThat(self.read(r, 2000)).hasSize(1000);
            Handle w2 = self.open(f, OpenMode.WRITE, true);
            self.write(w2, bytes("kept while a reader is open"));
            self.close(r);
            self.close(w2);
            Handle r3 = self.open(f, OpenMode.READ, true);
            self.open(f, OpenMode.WRITE, true);
            assertThat(errorOf(() -> self.read(r3, 100))).isEqualTo(IpcError.WOULD_BLOCK);
        }
    }

    @Test
    void unrelatedProcessesMeetThroughTheName() {
        try (Sandbox box = sandbox()) {
            Path f = box.directory().resolve("f");
            box.self().mkfifo(f);
            Proc u = box.self().spawnUnrelated();
            Proc v = box.self().spawnUnrelated();
            Handle r = u.open(f, OpenMode.READ, true);
            Handle w = v.open(f, OpenMode.WRITE, false);
            assertThat(errorOf(() -> u.read(w, 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            v.write(w, bytes("hi"));
            assertThat(text(u.read(r, 2))).isEqualTo("hi");
        }
    }

    @Test
    void unlinkRemovesTheNameButTheEndsWorkOn() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.mkfifo(f);
            Handle r = self.open(f, OpenMode.READ, true);
            Handle w = self.open(f, OpenMode.WRITE, true);
            self.unlink(f);
            assertThat(errorOf(() -> self.stat(f))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(errorOf(() -> self.unlink(f))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(self.list(box.directory())).isEmpty();
            self.write(w, bytes("on"));
            assertThat(text(self.read(r, 2))).isEqualTo("on");
            self.mkfifo(f);
            Handle r2 = self.open(f, OpenMode.READ, true);
            assertThat(self.read(r2, 1)).isEmpty(); // a new FIFO: the old writer is not its writer
        }
    }

    @Test
    void aKilledOpenerLeavesNoReaderBehind() {
        try (Sandbox box = sandbox()) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.mkfifo(f);
            Proc child = self.spawnUnrelated();
            Pending<Handle> r = child.async("open", c -> c.open(f, OpenMode.READ, false));
            assertBlocked(child, r);
            child.kill();
            assertThatThrownBy(r::await).isInstanceOf(org.ipcconformance.spec.spi.ProcessGoneException.class);
            assertThat(errorOf(() -> self.open(f, OpenMode.WRITE, true))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
        }
    }
}
