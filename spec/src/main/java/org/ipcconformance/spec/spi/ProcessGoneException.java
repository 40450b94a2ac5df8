package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * The process ended while an operation ran in it (killed by SIGPIPE during a write, say), or was
 * already gone. {@link Proc#awaitExit()} then returns the same status.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class ProcessGoneException extends IpcException {
    private final transient ExitStatus status;

    public ProcessGoneException(String operation, ExitStatus status) {
        super(IpcError.OTHER, operation, "process ended: " + status);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }
}
