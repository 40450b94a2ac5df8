package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * A shared segment attached in one process's address space (shmat / mmap with MAP_SHARED). Only
 * that process can use it.
 *
 * @param id          unique within one sandbox
 * @param size        its length in bytes
 * @param description for messages
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Mapping(long id, int size, String description) {
    @Override
    public String toString() {
        return description;
    }
}
