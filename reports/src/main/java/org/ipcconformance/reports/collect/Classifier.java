package org.ipcconformance.reports.collect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.spec.run.SpecTimeoutException;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OptionAbsentException;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The verdict rules for one finished invocation. SUCCESSFUL is PASS; ABORTED (a missing feature)
 * is NOT_APPLICABLE; a FAILED one is TIMEOUT when the time limit struck, UNSUPPORTED when the
 * implementation reported an optional feature absent ({@link OptionAbsentException}), FAIL when the property
 * was shown not to hold (an assertion, which includes an awaited event that did not come within
 * the spec's patience, as the suites' engine reports it; or an IPC error the spec did not expect),
 * and BROKEN for anything else: the harness, not the implementation, went wrong (an adapter
 * reports an exhausted limit, a process that will not die or a call that gave nothing usable as a
 * HarnessException).
 */
public final class Classifier {
    private static final String ASSUMPTION_PREFIX = "Assumption failed: ";

    private Classifier() {
    }

    public static Classification classify(TestExecutionResult result) {
        Throwable t = result.getThrowable().orElse(null);
        return switch (result.getStatus()) {
            case SUCCESSFUL -> new Classification(Verdict.PASS, "", null);
            case ABORTED -> new Classification(Verdict.NOT_APPLICABLE, abortReason(t), null);
            case FAILED -> classifyFailure(t);
        };
    }

    /** The verdict for a spec that threw {@code thrown}. */
    public static Classification classifyFailure(Throwable thrown) {
        if (thrown == null) {
            return new Classification(Verdict.BROKEN, "failed without an exception", null);
        }
        Throwable t = unwrap(thrown);
        if (t instanceof SpecTimeoutException || t instanceof TimeoutException) {
            return new Classification(Verdict.TIMEOUT, Messages.messageOf(t), null);
        }
        if (t instanceof FeatureMissingException) {
            // A spec that let the exception through instead of aborting: still not applicable.
            return new Classification(Verdict.NOT_APPLICABLE, Messages.messageOf(t), null);
        }
        if (t instanceof OptionAbsentException absent) {
            // Whether the property is under that option is the catalog's to say (Aggregator).
            return new Classification(Verdict.UNSUPPORTED, Messages.messageOf(t), null, absent.option().notation());
        }
        if (t instanceof AssertionError || t instanceof IpcException) {
            return new Classification(Verdict.FAIL, Messages.messageOf(t), null);
        }
        String message = t instanceof HarnessException ? Messages.messageOf(t) : Messages.typedMessageOf(t);
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            message = message + "\n(caused by " + firstLine(Messages.typedMessageOf(cause)) + ")";
        }
        return new Classification(Verdict.BROKEN, message, Messages.detailOf(t));
    }

    /** Why an aborted invocation did not run: the missing feature's reason. */
    static String abortReason(Throwable t) {
        if (t == null) {
            return "aborted";
        }
        String m = Messages.messageOf(t);
        return m.startsWith(ASSUMPTION_PREFIX) ? m.substring(ASSUMPTION_PREFIX.length()) : m;
    }

    /** Peels wrappers that only carry another thread's or a reflective call's exception. */
    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10; i++) {
            boolean wrapper = current instanceof CompletionException || current instanceof ExecutionException
                    || current instanceof InvocationTargetException || current instanceof UndeclaredThrowableException;
            if (!wrapper || current.getCause() == null) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
