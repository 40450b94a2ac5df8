package org.ipcconformance.reports.baseline;

/** A baseline file that cannot be used: the message names the file, the line and what is accepted. */
public final class BaselineException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
