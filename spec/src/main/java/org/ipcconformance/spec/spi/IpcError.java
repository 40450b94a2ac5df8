package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * Portable errors that specs assert on. Each adapter maps its native codes (errno, exception
 * types) to these and keeps the raw code in {@link IpcException#rawCode()} for the report.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum IpcError {
    WOULD_BLOCK("EAGAIN"),
    BAD_DESCRIPTOR("EBADF"),
    BROKEN_PIPE("EPIPE"),
    NO_SUCH_DEVICE_OR_ADDRESS("ENXIO"),
    NO_SUCH_FILE("ENOENT"),
    ALREADY_EXISTS("EEXIST"),
    NOT_PERMITTED("EPERM"),
    ACCESS_DENIED("EACCES"),
    INVALID_ARGUMENT("EINVAL"),
    INTERRUPTED("EINTR"),
    MESSAGE_TOO_BIG("EMSGSIZE"),
    ARGUMENT_LIST_TOO_LONG("E2BIG"),
    REMOVED("EIDRM"),
    NO_MESSAGE("ENOMSG"),
    ADDRESS_IN_USE("EADDRINUSE"),
    ADDRESS_FAMILY_NOT_SUPPORTED("EAFNOSUPPORT"),
    PROTOCOL_NOT_SUPPORTED("EPROTONOSUPPORT"),
    WRONG_PROTOCOL_TYPE("EPROTOTYPE"),
    CONNECTION_REFUSED("ECONNREFUSED"),
    NO_SUCH_PROCESS("ESRCH"),
    NOT_SUPPORTED("EOPNOTSUPP"),
    /** The function is not implemented (ENOSYS); see {@link OptionAbsentException} for an absent option. */
    NOT_IMPLEMENTED("ENOSYS"),
    /** A timed wait's deadline passed (issue 14). */
    TIMED_OUT("ETIMEDOUT"),
    /** Anything not listed; the raw code says what it was. */
    OTHER("?");

    private final String linuxName;

    IpcError(String linuxName) {
        this.linuxName = linuxName;
    }

    /** The errno name this error corresponds to on Linux, for messages. */
    public String errnoName() {
        return linuxName;
    }

    /** The portable error for a Linux errno name, or {@link #OTHER}. */
    public static IpcError fromErrnoName(String name) {
        if ("EWOULDBLOCK".equals(name)) {
            return WOULD_BLOCK;
        }
        if ("ENOTSUP".equals(name)) {
            return NOT_SUPPORTED;
        }
        for (IpcError e : values()) {
            if (e.linuxName.equals(name)) {
                return e;
            }
        }
        return OTHER;
    }
}
