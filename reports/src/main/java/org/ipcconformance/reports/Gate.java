package org.ipcconformance.reports;

import java.util.List;
import org.ipcconformance.reports.model.PropertyResult;

/**
 * The CI gate: what a run's exit code says.
 * <ul>
 *   <li>{@value #PASSED}: no MUST property is FAIL, TIMEOUT or BROKEN on any adapter;</li>
 *   <li>{@value #MUST_FAILED}: at least one is;</li>
 *   <li>{@value #USAGE_OR_HARNESS_ERROR}: the command line was wrong or the harness could not run
 *       (decided by the CLI, never from results).</li>
 * </ul>
 * SHOULD and MAY properties, NOT_APPLICABLE and UNTESTED never fail the gate.
 */
public final class Gate {
    public static final int PASSED = 0;
    public static final int MUST_FAILED = 1;
    public static final int USAGE_OR_HARNESS_ERROR = 2;

    private Gate() {
    }

    /** The results that fail the gate, in report order. */
    public static List<PropertyResult> mustFailures(List<PropertyResult> results) {
        return results.stream().filter(PropertyResult::failsMust).toList();
    }

    public static int exitCode(List<PropertyResult> results) {
        return mustFailures(results).isEmpty() ? PASSED : MUST_FAILED;
    }
}
