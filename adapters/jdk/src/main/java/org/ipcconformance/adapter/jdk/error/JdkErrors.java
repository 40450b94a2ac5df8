package org.ipcconformance.adapter.jdk.error;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.NotExpressibleException;
import org.ipcconformance.adapter.jdk.io.NotHeldException;
import org.ipcconformance.adapter.jdk.io.NotSelectableException;
import org.ipcconformance.adapter.jdk.io.SignalRefusedException;
import org.ipcconformance.adapter.jdk.io.WouldBlockException;
import org.ipcconformance.adapter.jdk.io.WrongEndException;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/**
 * The one place where the JDK's exceptions become portable errors, for the harness JVM and the
 * child agents alike. The raw code keeps the exception class and message. The JDK reports most
 * OS errors as an IOException carrying strerror's text, so those are matched by that text.
 */
public final class JdkErrors {
    /** strerror(3) texts (glibc wording) the JDK puts in IOException messages. */
    private static final Map<String, IpcError> STRERROR = new LinkedHashMap<>();

    static {
        STRERROR.put("broken pipe", IpcError.BROKEN_PIPE);
        STRERROR.put("bad file descriptor", IpcError.BAD_DESCRIPTOR);
        STRERROR.put("stream closed", IpcError.BAD_DESCRIPTOR);
        STRERROR.put("resource temporarily unavailable", IpcError.WOULD_BLOCK);
        STRERROR.put("no such device or address", IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
        STRERROR.put("no such file or directory", IpcError.NO_SUCH_FILE);
        STRERROR.put("file exists", IpcError.ALREADY_EXISTS);
        STRERROR.put("operation not permitted", IpcError.NOT_PERMITTED);
        STRERROR.put("permission denied", IpcError.ACCESS_DENIED);
        STRERROR.put("invalid argument", IpcError.INVALID_ARGUMENT);
        STRERROR.put("interrupted system call", IpcError.INTERRUPTED);
        STRERROR.put("message too long", IpcError.MESSAGE_TOO_BIG);
        STRERROR.put("address already in use", IpcError.ADDRESS_IN_USE);
        STRERROR.put("connection refused", IpcError.CONNECTION_REFUSED);
        STRERROR.put("no such process", IpcError.NO_SUCH_PROCESS);
        STRERROR.put("address family not supported", IpcError.ADDRESS_FAMILY_NOT_SUPPORTED);
        STRERROR.put("protocol family unavailable", IpcError.ADDRESS_FAMILY_NOT_SUPPORTED);
        STRERROR.put("protocol family not supported", IpcError.ADDRESS_FAMILY_NOT_SUPPORTED);
        STRERROR.put("protocol not supported", IpcError.PROTOCOL_NOT_SUPPORTED);
        STRERROR.put("protocol wrong type", IpcError.WRONG_PROTOCOL_TYPE);
        STRERROR.put("operation not supported", IpcError.NOT_SUPPORTED);
    }

    /** java.nio's own exceptions for a call the socket's state refuses, as Linux's errno would be. */
    private static final Map<String, IpcError> NIO_STATE = Map.of(
            "java.nio.channels.AlreadyBoundException", IpcError.INVALID_ARGUMENT,          // bind twice: EINVAL
            "java.nio.channels.NotYetBoundException", IpcError.INVALID_ARGUMENT,           // accept unbound: EINVAL
            "java.nio.channels.UnsupportedAddressTypeException", IpcError.ADDRESS_FAMILY_NOT_SUPPORTED,
            "java.nio.channels.UnresolvedAddressException", IpcError.INVALID_ARGUMENT,
            "java.nio.channels.NotYetConnectedException", IpcError.OTHER,                  // ENOTCONN
            "java.nio.channels.AlreadyConnectedException", IpcError.OTHER,                 // EISCONN
            "java.nio.channels.ConnectionPendingException", IpcError.OTHER);               // EALREADY

    private JdkErrors() {
    }

    /**
     * The exception a spec sees for a failed primitive: an {@link IpcException}, or a
     * {@link org.ipcconformance.spec.spi.FeatureMissingException} where the JDK cannot express the
     * request, or a {@link HarnessException} for a failure that is no IPC error at all (a bug).
     */
    public static RuntimeException map(String operation, Failure f) {
        if (f.is(NotExpressibleException.class) && f.message() != null) {
            return JdkFeatures.missing(Feature.valueOf(NotExpressibleException.feature(f.message())),
                    NotExpressibleException.reason(f.message()) + " [" + operation + "]");
        }
        if (f.is(NotSelectableException.class)) {
            return JdkFeatures.missing(Feature.NONBLOCKING_IO, JdkFeatures.NO_NONBLOCKING_STDIO + " [" + f.raw() + "]");
        }
        IpcError error = errorOf(f);
        if (error == null) {
            return new HarnessException(operation + " failed unexpectedly: " + f.raw());
        }
        return new IpcException(error, operation, f.raw());
    }

    /**
     * A failed write on the parent's end of the stdin of a child that has exited (and that self did
     * not close): once the JDK has seen the exit, it closes that end itself and swaps in a stream
     * that throws "Stream closed". The reader is gone, so that is the JDK's form of EPIPE.
     */
    public static RuntimeException mapWriteToExitedChild(String operation, Failure f) {
        if (f.message() != null && f.message().toLowerCase(Locale.ROOT).contains("stream closed")) {
            return new IpcException(IpcError.BROKEN_PIPE, operation,
                    f.raw() + " (the JDK closed its pipe to the child's stdin when the child exited)");
        }
        return map(operation, f);
    }

    /** The portable error, or null when the failure is not an I/O error. */
    static IpcError errorOf(Failure f) {
        if (f.is(WouldBlockException.class)) {
            return IpcError.WOULD_BLOCK;
        }
        if (f.is(WrongEndException.class) || f.is(NotHeldException.class)) {
            return IpcError.BAD_DESCRIPTOR;
        }
        if (f.is(SignalRefusedException.class)) {
            return IpcError.INVALID_ARGUMENT;
        }
        for (Map.Entry<String, IpcError> e : NIO_STATE.entrySet()) {
            if (f.classChain().contains(e.getKey())) {
                return e.getValue();
            }
        }
        if (f.classChain().contains("java.lang.UnsupportedOperationException") && f.message() != null
                && f.message().toLowerCase(Locale.ROOT).contains("protocol family")) {
            return IpcError.ADDRESS_FAMILY_NOT_SUPPORTED;
        }
        if (f.classChain().contains("java.nio.channels.ClosedByInterruptException")) {
            return IpcError.INTERRUPTED;
        }
        if (f.classChain().contains("java.nio.channels.ClosedChannelException")
                || f.classChain().contains("java.nio.channels.NonReadableChannelException")
                || f.classChain().contains("java.nio.channels.NonWritableChannelException")) {
            return IpcError.BAD_DESCRIPTOR;
        }
        if (f.classChain().contains("java.nio.file.NoSuchFileException")) {
            return IpcError.NO_SUCH_FILE;
        }
        if (f.classChain().contains("java.nio.file.FileAlreadyExistsException")) {
            return IpcError.ALREADY_EXISTS;
        }
        if (f.classChain().contains("java.nio.file.AccessDeniedException")) {
            return IpcError.ACCESS_DENIED;
        }
        if (f.classChain().contains("java.io.IOException")) {
            String text = f.message() == null ? "" : f.message().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, IpcError> e : STRERROR.entrySet()) {
                if (text.contains(e.getKey())) {
                    return e.getValue();
                }
            }
            return IpcError.OTHER;
        }
        return null;
    }
}
