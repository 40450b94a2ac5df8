package org.ipcconformance.adapter.jdk.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.NotExpressibleException;

/**
 * Runs one primitive in the harness JVM and maps what the JDK threw, exactly as a child's
 * failure is mapped: I/O errors and java.nio's state exceptions become IpcErrors.
 */
public final class Calls {
    private Calls() {
    }

    /** A primitive that may throw what the JDK throws. */
    public interface IoCall<T> {
        T run() throws IOException;
    }

    public static <T> T io(String operation, IoCall<T> call) {
        try {
            return call.run();
        } catch (UncheckedIOException e) {
            throw JdkErrors.map(operation, Failure.of(e.getCause()));
        } catch (IOException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException
                 | NotExpressibleException e) {
            throw JdkErrors.map(operation, Failure.of(e));
        }
    }
}
