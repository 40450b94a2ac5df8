package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OpenMode;
import org.junit.jupiter.api.Test;

class SelfFifoTest extends SandboxTest {

    @Test
    void aFifoIsANameOfTypeFifoWithMode0600() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        assertThat(self.files().stat(fifo)).isEqualTo(new FileStat(FileType.FIFO, 0, 0600));
        assertThat(self.files().list(box.directory())).containsExactly("f");
        assertThatThrownBy(() -> self.fifos().mkfifo(fifo))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.ALREADY_EXISTS));
    }

    @Test
    void nonBlockingOpensFollowPosix() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        assertThatThrownBy(() -> self.files().open(fifo, OpenMode.WRITE, true))
                .isInstanceOfSatisfying(IpcException.class, e -> {
                    assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
                    assertThat(e.rawCode()).isEqualTo("errno 6 (ENXIO)");
                });
        Handle reader = self.files().open(fifo, OpenMode.READ, true);
        Handle writer = self.files().open(fifo, OpenMode.WRITE, true);
        self.pipes().write(writer, new byte[1000]);
        assertThat(self.files().stat(fifo).size()).isZero();
        assertThat(self.pipes().read(reader, 2000)).hasSize(1000);
    }

    @Test
    void unlinkRemovesTheNameButNotTheOpenEnds() {
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        Handle reader = self.files().open(fifo, OpenMode.READ, true);
        Handle writer = self.files().open(fifo, OpenMode.WRITE, false);
        self.files().unlink(fifo);
        assertThatThrownBy(() -> self.files().stat(fifo))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_FILE));
        assertThat(self.files().list(box.directory())).isEmpty();
        self.pipes().write(writer, bytes("still"));
        assertThat(self.pipes().read(reader, 5)).isEqualTo(bytes("still"));
    }
}
