package org.ipcconformance.spec.spi;

/**
 * A buffer in one process's own memory ({@link Proc#allocate}). Only that process can use it.
 *
 * @param id          unique within one sandbox
 * @param size        its length in bytes
 * @param description for messages
 */
public record Region(long id, int size, String description) {
    @Override
    public String toString() {
        return description;
    }
}
