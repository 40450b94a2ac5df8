package org.ipcconformance.spec.spi.ipc;

/**
 * A shared segment attached in one process's address space (shmat / mmap with MAP_SHARED). Only
 * that process can use it.
 *
 * @param id          unique within one sandbox
 * @param size        its length in bytes
 * @param description for messages
 */
public record Mapping(long id, int size, String description) {
    @Override
    public String toString() {
        return description;
    }
}
