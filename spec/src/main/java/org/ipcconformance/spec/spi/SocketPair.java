package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** The two connected sockets socketpair(2) returns, both held by the process that made them. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record SocketPair(Handle first, Handle second) {
}
