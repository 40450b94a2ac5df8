package org.ipcconformance.adapter.natives.libc;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import org.ipcconformance.spec.spi.FileType;

/** The S_IFMT bits of a mode word as a {@link FileType}. */
public final class FileModes {
    private FileModes() {
    }

    public static FileType type(int mode) {
        return switch (mode & S_IFMT) {
            case S_IFREG -> FileType.REGULAR;
            case S_IFDIR -> FileType.DIRECTORY;
            case S_IFIFO -> FileType.FIFO;
            case S_IFSOCK -> FileType.SOCKET;
            case S_IFCHR -> FileType.CHARACTER_DEVICE;
            case S_IFBLK -> FileType.BLOCK_DEVICE;
            case S_IFLNK -> FileType.SYMBOLIC_LINK;
            default -> FileType.OTHER;
        };
    }
}
