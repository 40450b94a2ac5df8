package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** What a started process does with a signal, set before it runs (SIG_DFL, SIG_IGN). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum SignalDisposition {
    DEFAULT,
    IGNORE
}
