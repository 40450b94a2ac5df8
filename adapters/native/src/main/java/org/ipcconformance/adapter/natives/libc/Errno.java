package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Native;
import java.util.Map;
import java.util.Optional;
import org.ipcconformance.spec.catalog.Standard;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OptionAbsentException;

/**
 * errno numbers of Linux (asm-generic, shared by x86_64 and aarch64) to their names, and from
 * there to the portable {@link IpcError}; the raw number and name stay in the exception.
 */
public final class Errno {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(3, "ESRCH"), Map.entry(4, "EINTR"),
            Map.entry(5, "EIO"), Map.entry(6, "ENXIO"), Map.entry(7, "E2BIG"), Map.entry(8, "ENOEXEC"),
            Map.entry(9, "EBADF"), Map.entry(10, "ECHILD"), Map.entry(11, "EAGAIN"), Map.entry(12, "ENOMEM"),
            Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"), Map.entry(15, "ENOTBLK"), Map.entry(16, "EBUSY"),
            Map.entry(17, "EEXIST"), Map.entry(18, "EXDEV"), Map.entry(19, "ENODEV"), Map.entry(20, "ENOTDIR"),
            Map.entry(21, "EISDIR"), Map.entry(22, "EINVAL"), Map.entry(23, "ENFILE"), Map.entry(24, "EMFILE"),
            Map.entry(25, "ENOTTY"), Map.entry(26, "ETXTBSY"), Map.entry(27, "EFBIG"), Map.entry(28, "ENOSPC"),
            Map.entry(29, "ESPIPE"), Map.entry(30, "EROFS"), Map.entry(31, "EMLINK"), Map.entry(32, "EPIPE"),
            Map.entry(33, "EDOM"), Map.entry(34, "ERANGE"), Map.entry(35, "EDEADLK"), Map.entry(36, "ENAMETOOLONG"),
            Map.entry(37, "ENOLCK"), Map.entry(38, "ENOSYS"), Map.entry(39, "ENOTEMPTY"), Map.entry(40, "ELOOP"),
            Map.entry(42, "ENOMSG"), Map.entry(43, "EIDRM"), Map.entry(61, "ENODATA"), Map.entry(62, "ETIME"),
            Map.entry(71, "EPROTO"), Map.entry(74, "EBADMSG"), Map.entry(75, "EOVERFLOW"),
            Map.entry(84, "EILSEQ"), Map.entry(87, "EUSERS"), Map.entry(88, "ENOTSOCK"),
            Map.entry(89, "EDESTADDRREQ"), Map.entry(90, "EMSGSIZE"), Map.entry(91, "EPROTOTYPE"),
            Map.entry(92, "ENOPROTOOPT"), Map.entry(93, "EPROTONOSUPPORT"), Map.entry(94, "ESOCKTNOSUPPORT"),
            Map.entry(95, "EOPNOTSUPP"), Map.entry(96, "EPFNOSUPPORT"), Map.entry(97, "EAFNOSUPPORT"),
            Map.entry(98, "EADDRINUSE"), Map.entry(99, "EADDRNOTAVAIL"), Map.entry(100, "ENETDOWN"),
            Map.entry(101, "ENETUNREACH"), Map.entry(102, "ENETRESET"), Map.entry(103, "ECONNABORTED"),
            Map.entry(104, "ECONNRESET"), Map.entry(105, "ENOBUFS"), Map.entry(106, "EISCONN"),
            Map.entry(107, "ENOTCONN"), Map.entry(108, "ESHUTDOWN"), Map.entry(109, "ETOOMANYREFS"),
            Map.entry(110, "ETIMEDOUT"), Map.entry(111, "ECONNREFUSED"), Map.entry(112, "EHOSTDOWN"),
            Map.entry(113, "EHOSTUNREACH"), Map.entry(114, "EALREADY"), Map.entry(115, "EINPROGRESS"),
            Map.entry(116, "ESTALE"), Map.entry(122, "EDQUOT"), Map.entry(125, "ECANCELED"),
            Map.entry(130, "EOWNERDEAD"), Map.entry(131, "ENOTRECOVERABLE"));

    private Errno() {
    }

    /** The symbolic name of an errno value, e.g. {@code EBADF}; {@code E?} when unknown. */
    public static String name(int errno) {
        return NAMES.getOrDefault(errno, "E?");
    }

    /** How reports show a code: {@code errno 9 (EBADF)}. */
    public static String describe(int errno) {
        return "errno " + errno + " (" + name(errno) + ")";
    }

    /** ENOSYS: the function is not implemented. */
    public static final int ENOSYS = 38;
    /** EINTR: a signal handler interrupted the call. */
    public static final int EINTR = 4;

    /**
     * The failure of a call in the harness JVM. An exhausted descriptor limit (EMFILE, ENFILE) is
     * thrown at once as BROKEN naming the limit and its value ({@link Limits}): no property fails
     * on the environment's limit.
     */
    public static IpcException failure(String operation, int errno) {
        return failure(operation, errno, ProcessHandle.current().pid(), "the harness");
    }

    /**
     * The failure of {@code operation} in process {@code who} (pid {@code pid}). ENOSYS from the call
     * that enters an option's interface (mq_open, msgget, ...) is the implementation saying the option
     * is absent; from any other call it is an ordinary failure (a partial implementation).
     */
    public static IpcException failure(String operation, int errno, long pid, String who) {
        Limits.descriptors(operation, errno, pid, who).ifPresent(limit -> {
            throw limit;
        });
        if (errno == ENOSYS) {
            int paren = operation.indexOf('(');
            Optional<Standard> option = OptionAbsentException.enteredBy(paren < 0 ? operation : operation.substring(0, paren));
            if (option.isPresent()) {
                return new OptionAbsentException(option.get(), operation, describe(errno));
            }
        }
        return new IpcException(IpcError.fromErrnoName(name(errno)), operation, describe(errno));
    }

    /** The failure of the libc call that just returned -1 on this thread. */
    public static IpcException lastFailure(String operation) {
        return failure(operation, Native.getLastError());
    }
}
