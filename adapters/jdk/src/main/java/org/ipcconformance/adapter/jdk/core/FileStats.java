package org.ipcconformance.adapter.jdk.core;

import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;

/** A stat record from st_mode and st_size, as the JDK's "unix:mode" attribute gives them. */
public final class FileStats {
    private FileStats() {
    }

    public static FileStat of(int mode, long size) {
        FileType type = switch (mode & 0170000) {
            case 0140000 -> FileType.SOCKET;
            case 0120000 -> FileType.SYMBOLIC_LINK;
            case 0100000 -> FileType.REGULAR;
            case 0060000 -> FileType.BLOCK_DEVICE;
            case 0040000 -> FileType.DIRECTORY;
            case 0020000 -> FileType.CHARACTER_DEVICE;
            case 0010000 -> FileType.FIFO;
            default -> FileType.OTHER;
        };
        return new FileStat(type, size, mode & 07777);
    }
}
