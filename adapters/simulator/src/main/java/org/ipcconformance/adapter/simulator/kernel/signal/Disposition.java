package org.ipcconformance.adapter.simulator.kernel.signal;

/** What sigaction set: the default action, SIG_IGN, or the recording handler. */
public enum Disposition {
    DEFAULT,
    IGNORE,
    HANDLE
}
