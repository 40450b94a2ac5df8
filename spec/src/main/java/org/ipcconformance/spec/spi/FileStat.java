package org.ipcconformance.spec.spi;

/**
 * What stat(2) says of a path.
 *
 * @param type        the file type
 * @param size        st_size in bytes
 * @param permissions the permission bits (mode & 07777)
 */
public record FileStat(FileType type, long size, int permissions) {
}
