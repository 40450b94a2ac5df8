package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * An IPC operation failed. Specs assert on {@link #error()}; an unexpected one fails the
 * property (the implementation refused something it must allow).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class IpcException extends RuntimeException {
    private final IpcError error;
    private final String operation;
    private final String rawCode;

    /**
     * @param error     the portable error
     * @param operation what was attempted, e.g. {@code write(fd 5, 4 bytes) in child-1}
     * @param rawCode   the adapter's own code, e.g. {@code errno 9 (EBADF)} or an exception class
     */
    public IpcException(IpcError error, String operation, String rawCode) {
        super(operation + " failed: " + error + " [" + rawCode + "]");
        this.error = error;
        this.operation = operation;
        this.rawCode = rawCode;
    }

    public IpcError error() {
        return error;
    }

    public String operation() {
        return operation;
    }

    public String rawCode() {
        return rawCode;
    }
}
