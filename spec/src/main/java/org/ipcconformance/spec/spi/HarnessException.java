package org.ipcconformance.spec.spi;

/**
 * The harness or its environment could not run a spec (no C compiler, a system limit, a child
 * that could not be started). Reported as BROKEN: never a pass, never a property failure.
 */
public class HarnessException extends RuntimeException {
    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
