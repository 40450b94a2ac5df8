package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * A poll(2) event ({@link ReadinessCalls}): what a spec asks for in {@code events} and an adapter
 * reports in {@code revents}. ERR, HUP and NVAL are reported whether asked for or not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum PollEvent {
    /** POLLIN: data to read, or end-of-file (a read would not block). */
    IN,
    /** POLLOUT: room to write (a write would not block). */
    OUT,
    /** POLLERR: an error condition; on Linux, a pipe's write end whose readers are all gone. */
    ERR,
    /** POLLHUP: hang-up; a pipe's read end whose writers are all gone. */
    HUP,
    /** POLLRDHUP (Linux): the stream socket's peer shut down its writing half. */
    RDHUP,
    /** POLLNVAL: the descriptor is not open. */
    NVAL
}
