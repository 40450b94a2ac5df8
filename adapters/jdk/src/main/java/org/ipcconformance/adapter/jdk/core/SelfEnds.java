package org.ipcconformance.adapter.jdk.core;

import org.ipcconformance.spec.spi.Handle;

/**
 * The harness JVM's table of open objects as the classes of its mechanisms (shared memory,
 * sockets) use it: self's handles name channels, streams, shared memory objects and sockets alike.
 */
public interface SelfEnds {
    /** Makes a handle name an object self opened: a shared memory object, a socket. */
    void put(Handle handle, Object end);

    /** The object behind one of self's handles, of the type the call needs; EBADF otherwise. */
    <T> T end(Handle handle, Class<T> type, String what, String op);

    /** Closes self's copy of a handle. */
    void close(Handle handle);

    /** A new id, unique within the sandbox. */
    long nextId();
}
