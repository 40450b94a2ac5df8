package org.ipcconformance.spec.spi;

/** The type bits of a file's mode (S_IFMT). */
public enum FileType {
    REGULAR,
    DIRECTORY,
    FIFO,
    SOCKET,
    CHARACTER_DEVICE,
    BLOCK_DEVICE,
    SYMBOLIC_LINK,
    OTHER
}
