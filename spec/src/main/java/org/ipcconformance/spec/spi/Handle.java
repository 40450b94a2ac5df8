package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * A reference to an open IPC object (a pipe end, an opened FIFO, a file), made by an adapter.
 * The same handle names the copy each process holds: a child that inherited it uses the same
 * Handle object, and the adapter resolves it to that process's own descriptor.
 *
 * @param id          unique within one sandbox
 * @param description for messages, e.g. {@code pipe#1 write end}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Handle(long id, String description) {
    @Override
    public String toString() {
        return description;
    }
}
