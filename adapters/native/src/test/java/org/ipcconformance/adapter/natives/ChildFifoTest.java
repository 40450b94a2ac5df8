package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.junit.jupiter.api.Test;

class ChildFifoTest extends SandboxTest {

    @Test
    void aBlockingOpenForReadingWaitsForAWriter() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        Proc child = self.spawnChild(ChildOptions.inheriting());
        Pending<Handle> open = child.async("open for reading", p -> p.files().open(fifo, OpenMode.READ, false));
        eventually().until(() -> child.state().isBlocked());
        assertThat(child.state().detail()).contains("open").contains(fifo.toString());
        Handle writer = self.files().open(fifo, OpenMode.WRITE, false);
        Handle reader = open.await();
        self.pipes().write(writer, bytes("hi"));
        assertThat(child.pipes().read(reader, 2)).isEqualTo(bytes("hi"));
    }

    @Test
    void aBlockingOpenForWritingWaitsForAReader() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        Proc child = self.spawnChild(ChildOptions.inheriting());
        Pending<Handle> open = child.async("open for writing", p -> p.files().open(fifo, OpenMode.WRITE, false));
        eventually().until(() -> child.state().isBlocked());
        self.files().open(fifo, OpenMode.READ, false);
        assertThat(open.await().description()).contains("for WRITE by child-1");
    }

    @Test
    void unrelatedProcessesMeetThroughTheName() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        Proc u = self.spawnUnrelated();
        Proc v = self.spawnUnrelated();
        assertThat(u.name()).isEqualTo("unrelated-1");
        assertThat(u.files().stat(fifo).type()).isEqualTo(FileType.FIFO);
        assertThat(u.files().stat(fifo).permissions()).isEqualTo(0600);
        assertThat(v.files().list(box.directory())).containsExactly("f");
        Handle reader = u.files().open(fifo, OpenMode.READ, true);
        Handle writer = v.files().open(fifo, OpenMode.WRITE, false);
        v.pipes().write(writer, bytes("hi"));
        assertThat(u.pipes().read(reader, 2)).isEqualTo(bytes("hi"));
        v.files().unlink(fifo);
        assertThat(u.files().list(box.directory())).isEmpty();
    }
}
