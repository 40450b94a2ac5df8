package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;

/** Signal sources inside the process ({@link Facet#SIGNAL_FAULTS}, feature {@link Feature#SIGNAL_FAULTS}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SignalFaultCalls {

    /** abort(3) in this process: never returns normally (the process ends by SIGABRT). */
    void abort();

    /** A store through an address that maps nothing (a null pointer): raises SIGSEGV in this process. */
    void touchInvalidMemory();

    /**
     * Runs a busy loop with no system call until the recording handler has logged
     * {@code signal} (a delivery after the loop began); the process stays RUNNING meanwhile.
     * Returns that delivery. The way to show a signal reaching a process that is running, not
     * asleep. INVALID_ARGUMENT when no recording handler is installed for {@code signal}.
     */
    Delivery spinUntilDelivered(Signal signal);
}
