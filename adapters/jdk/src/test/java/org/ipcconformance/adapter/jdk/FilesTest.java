package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.junit.jupiter.api.Test;

/** open/stat/list/unlink through java.nio.file, in self and in a child. */
class FilesTest extends SandboxFixture {

    @Test
    void statListOpenAndUnlinkInSelfAndInAChild() throws Exception {
        Path file = Files.createFile(box.directory().resolve("f"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "hello");
        for (Proc p : new Proc[] {box.self(), box.self().spawnUnrelated()}) {
            assertThat(p.files().stat(file)).isEqualTo(new FileStat(FileType.REGULAR, 5, 0600));
            assertThat(p.files().stat(box.directory()).type()).isEqualTo(FileType.DIRECTORY);
            assertThat(p.files().list(box.directory())).containsExactly("f");
            Handle h = p.files().open(file, OpenMode.READ, false);
            assertThat(p.pipes().read(h, 100)).isEqualTo(bytes("hello"));
            assertThatThrownBy(() -> p.pipes().write(h, bytes("x")))
                    .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.BAD_DESCRIPTOR));
            p.pipes().close(h);
        }
        box.self().spawnChild(org.ipcconformance.spec.spi.ChildOptions.inheriting()).files().unlink(file);
        assertThatThrownBy(() -> box.self().files().stat(file))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_FILE));
        assertThat(box.self().files().list(box.directory())).isEmpty();
    }
}
