package org.ipcconformance.spec.run;

/** A spec ran past its time limit: the verdict is TIMEOUT, and the run goes on with the next spec. */
public class SpecTimeoutException extends RuntimeException {
    public SpecTimeoutException(String message) {
        super(message);
    }
}
