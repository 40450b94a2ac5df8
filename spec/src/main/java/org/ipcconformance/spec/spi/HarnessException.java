package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * The harness or its environment could not run a spec (no C compiler, a system limit, a child
 * that could not be started). Reported as BROKEN: never a pass, never a property failure.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class HarnessException extends RuntimeException {
    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
