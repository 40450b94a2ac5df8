package org.ipcconformance.suites.engine;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.awaitility.core.ConditionTimeoutException;
import org.ipcconformance.spec.run.ReportKeys;

/**
 * An event a spec awaited (a signal recorded, a process stopped or blocked, a value stored) that
 * did not come within the spec's patience: the implementation deviates, so the verdict is FAIL,
 * with what was awaited and for how long. Specs wait with Awaitility, whose timeout is otherwise
 * an exception like any other (BROKEN); the spec's own time limit stays TIMEOUT, and a wait that
 * the harness or an adapter makes for itself stays BROKEN (its timeout arrives wrapped).
 */
public final class AwaitedEventMissing extends AssertionError {
    private static final long serialVersionUID = 1L;

    private AwaitedEventMissing(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code thrown} as the spec's failure: an awaited event's timeout becomes this, anything else stays. */
    public static Throwable judged(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ConditionTimeoutException timeout) {
            return new AwaitedEventMissing("the awaited event did not come: " + timeout.getMessage() + where(timeout), timeout);
        }
        return thrown;
    }

    /** " (awaited in PipeEofSpec.method:42)": the spec's line that waited. */
    private static String where(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith(ReportKeys.SUITES_PACKAGE) && !c.contains(".engine.")) {
                return " (awaited in " + c.substring(c.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":"
                        + frame.getLineNumber() + ")";
            }
        }
        return "";
    }
}
