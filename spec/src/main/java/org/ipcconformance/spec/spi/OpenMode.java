package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** The access mode of {@link FileCalls#open}: O_RDONLY, O_WRONLY or O_RDWR. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum OpenMode {
    READ,
    WRITE,
    READ_WRITE
}
