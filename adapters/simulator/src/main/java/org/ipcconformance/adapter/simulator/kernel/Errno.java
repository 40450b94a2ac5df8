package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/** The model's error numbers (Linux values), each mapped to the portable error specs assert on. */
public enum Errno {
    EPERM(1, IpcError.NOT_PERMITTED),
    ENOENT(2, IpcError.NO_SUCH_FILE),
    ESRCH(3, IpcError.NO_SUCH_PROCESS),
    EINTR(4, IpcError.INTERRUPTED),
    ENXIO(6, IpcError.NO_SUCH_DEVICE_OR_ADDRESS),
    E2BIG(7, IpcError.ARGUMENT_LIST_TOO_LONG),
    EBADF(9, IpcError.BAD_DESCRIPTOR),
    EAGAIN(11, IpcError.WOULD_BLOCK),
    EFAULT(14, IpcError.OTHER),
    EEXIST(17, IpcError.ALREADY_EXISTS),
    ENOTDIR(20, IpcError.OTHER),
    EISDIR(21, IpcError.OTHER),
    EINVAL(22, IpcError.INVALID_ARGUMENT),
    EPIPE(32, IpcError.BROKEN_PIPE),
    ENOMSG(42, IpcError.NO_MESSAGE),
    EIDRM(43, IpcError.REMOVED),
    EMSGSIZE(90, IpcError.MESSAGE_TOO_BIG),
    EOPNOTSUPP(95, IpcError.NOT_SUPPORTED);

    private final int number;
    private final IpcError error;

    Errno(int number, IpcError error) {
        this.number = number;
        this.error = error;
    }

    /** The exception an operation throws for this error; {@code operation} says what was attempted where. */
    public IpcException exception(String operation) {
        return new IpcException(error, operation, "model errno " + number + " (" + name() + ")");
    }
}
