package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * A buffer in one process's own memory ({@link Proc#allocate}). Only that process can use it.
 *
 * @param id          unique within one sandbox
 * @param size        its length in bytes
 * @param description for messages
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Region(long id, int size, String description) {
    @Override
    public String toString() {
        return description;
    }
}
