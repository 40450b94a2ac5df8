package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/** Asserting on the portable error an operation fails with. */
public final class Errors {
    private Errors() {
    }

    /** Runs {@code call}, which must fail with {@code expected}; returns the failure for evidence. */
    public static IpcException assertFailsWith(IpcError expected, String what, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof FeatureMissingException || thrown instanceof HarnessException) {
            throw (RuntimeException) thrown; // NOT_APPLICABLE and BROKEN keep their verdicts
        }
        assertThat(thrown).as("%s must fail with %s (%s)", what, expected, expected.errnoName())
                .isInstanceOf(IpcException.class);
        IpcException e = (IpcException) thrown;
        assertThat(e.error()).as("%s failed, but with %s [%s] instead of %s", what, e.error(), e.rawCode(), expected)
                .isEqualTo(expected);
        return e;
    }
}
