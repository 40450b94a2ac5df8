package org.ipcconformance.spec.spi;

/** What a started process does with a signal, set before it runs (SIG_DFL, SIG_IGN). */
public enum SignalDisposition {
    DEFAULT,
    IGNORE
}
