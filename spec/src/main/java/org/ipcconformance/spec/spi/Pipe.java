package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** An anonymous pipe's two ends, as returned by {@link PipeCalls#pipe()}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Pipe(Handle readEnd, Handle writeEnd) {
}
