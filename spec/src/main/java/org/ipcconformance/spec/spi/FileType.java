package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** The type bits of a file's mode (S_IFMT). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
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
