package org.ipcconformance.adapter.simulator.kernel.socket;

import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/** The model's socket error numbers (Linux values), each mapped to the portable error specs assert on. */
public enum SocketErrno {
    EPERM(1, IpcError.NOT_PERMITTED),
    ENOENT(2, IpcError.NO_SUCH_FILE),
    EBADF(9, IpcError.BAD_DESCRIPTOR),
    EAGAIN(11, IpcError.WOULD_BLOCK),
    EACCES(13, IpcError.ACCESS_DENIED),
    EINVAL(22, IpcError.INVALID_ARGUMENT),
    EPIPE(32, IpcError.BROKEN_PIPE),
    ENOTSOCK(88, IpcError.OTHER),
    EMSGSIZE(90, IpcError.MESSAGE_TOO_BIG),
    EPROTOTYPE(91, IpcError.WRONG_PROTOCOL_TYPE),
    ENOPROTOOPT(92, IpcError.OTHER),
    EPROTONOSUPPORT(93, IpcError.PROTOCOL_NOT_SUPPORTED),
    ESOCKTNOSUPPORT(94, IpcError.OTHER),
    EOPNOTSUPP(95, IpcError.NOT_SUPPORTED),
    EAFNOSUPPORT(97, IpcError.ADDRESS_FAMILY_NOT_SUPPORTED),
    EADDRINUSE(98, IpcError.ADDRESS_IN_USE),
    EADDRNOTAVAIL(99, IpcError.OTHER),
    EISCONN(106, IpcError.OTHER),
    ENOTCONN(107, IpcError.OTHER),
    ECONNREFUSED(111, IpcError.CONNECTION_REFUSED);

    private final int number;
    private final IpcError error;

    SocketErrno(int number, IpcError error) {
        this.number = number;
        this.error = error;
    }

    public IpcException exception(String operation) {
        return new IpcException(error, operation, "model errno " + number + " (" + name() + ")");
    }
}
