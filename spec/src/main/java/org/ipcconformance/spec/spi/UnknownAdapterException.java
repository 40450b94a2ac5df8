package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** An adapter or planted fault was asked for by a name that no provider on the class path has. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class UnknownAdapterException extends IllegalArgumentException {
    public UnknownAdapterException(String message) {
        super(message);
    }
}
