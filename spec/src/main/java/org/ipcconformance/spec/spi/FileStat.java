package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * What stat(2) says of a path.
 *
 * @param type        the file type
 * @param size        st_size in bytes
 * @param permissions the permission bits (mode & 07777)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record FileStat(FileType type, long size, int permissions) {
}
