package org.ipcconformance.spec.spi;

/** The access mode of {@link Proc#open}: O_RDONLY, O_WRONLY or O_RDWR. */
public enum OpenMode {
    READ,
    WRITE,
    READ_WRITE
}
