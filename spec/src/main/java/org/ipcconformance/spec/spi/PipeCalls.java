package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * Anonymous pipes and the descriptor calls on any handle ({@link Facet#PIPES}, feature
 * {@link Feature#PIPES}). Each call is one call of the primitive in the process that offers it:
 * {@code write} is one write(2), {@code read} one read(2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface PipeCalls {

    /** Creates an anonymous pipe (pipe(2)); both ends blocking. */
    Pipe pipe();

    /** One write(2) of all of {@code data}; returns the count written (less only when non-blocking). */
    int write(Handle handle, byte[] data);

    /**
     * Calls write(2) {@code times} times with the same {@code data}, inside this process, as fast as
     * it can (so that writers in several processes really overlap); returns the total written.
     */
    long writeRepeatedly(Handle handle, byte[] data, int times);

    /** One read(2) of at most {@code max} bytes; an empty array is end-of-file. */
    byte[] read(Handle handle, int max);

    /** Closes this process's copy of the handle. */
    void close(Handle handle);

    /**
     * Sets or clears O_NONBLOCK on this process's copy. Specs that rely on it require
     * {@link Feature#NONBLOCKING_IO}; an adapter that can switch only some handles refuses the
     * others with {@link FeatureMissingException}.
     */
    void setNonBlocking(Handle handle, boolean nonBlocking);

    /** PIPE_BUF of this implementation: the largest write that is atomic. */
    int pipeBuf();
}
