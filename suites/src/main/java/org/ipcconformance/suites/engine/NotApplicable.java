package org.ipcconformance.suites.engine;

import org.ipcconformance.spec.spi.FeatureMissingException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/** A missing feature aborts the invocation: NOT_APPLICABLE with the adapter's reason, never a pass or a failure. */
final class NotApplicable implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (throwable instanceof FeatureMissingException) {
            throw new TestAbortedException(throwable.getMessage());
        }
        throw throwable;
    }
}
