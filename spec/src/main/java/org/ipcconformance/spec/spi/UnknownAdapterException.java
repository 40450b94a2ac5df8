package org.ipcconformance.spec.spi;

/** An adapter or planted fault was asked for by a name that no provider on the class path has. */
public class UnknownAdapterException extends IllegalArgumentException {
    public UnknownAdapterException(String message) {
        super(message);
    }
}
