package org.ipcconformance.spec.spi;

/** An anonymous pipe's two ends, as returned by {@link Proc#pipe()}. */
public record Pipe(Handle readEnd, Handle writeEnd) {
}
