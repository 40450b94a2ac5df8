package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** A child on pipes ({@link Facet#PIPED_CHILDREN}, feature {@link Feature#CHILD_STDIO_PIPES}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface PipedChildCalls {

    /** Starts a child with pipes on its standard input and output. */
    PipedChild spawnPipedChild();
}
