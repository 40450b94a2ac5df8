package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** Observing a process from outside ({@link Facet#PROCESS_STATE}, feature {@link Feature#PROCESS_STATE}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface ProcessStateCalls {

    /** What the process is doing now: blocked in a call, stopped, running. */
    @Concurrent
    ProcState state();
}
