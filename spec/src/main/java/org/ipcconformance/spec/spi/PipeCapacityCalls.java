package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** The pipe's capacity ({@link Facet#PIPE_CAPACITY}, feature {@link Feature#PIPE_CAPACITY_QUERY}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface PipeCapacityCalls {

    /** The pipe's buffer capacity in bytes (Linux F_GETPIPE_SZ). */
    int pipeCapacity(Handle handle);
}
