package org.ipcconformance.reports.gate;

import org.ipcconformance.reports.Verdict;

import java.util.List;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Level;

/**
 * The CI gate: what a run's exit code says.
 * <ul>
 *   <li>{@value #MUST_FAILED} when a result fails the gate: a MUST property FAIL or TIMEOUT (outside
 *       the baseline: a listed one is XFAIL), any XPASS (a stale baseline entry), or any BROKEN
 *       unless broken results are allowed ({@code --allow-broken});</li>
 *   <li>{@value #USAGE_OR_HARNESS_ERROR}: the command line or the baseline was wrong, or the harness
 *       could not run (decided by the CLI, never from results);</li>
 *   <li>{@value #PASSED} otherwise. XFAIL, NOT_APPLICABLE, UNTESTED and SHOULD or MAY failures never
 *       fail the gate.</li>
 * </ul>
 */
public final class Gate {
    public static final int PASSED = 0;
    public static final int MUST_FAILED = 1;
    public static final int USAGE_OR_HARNESS_ERROR = 2;

    private Gate() {
    }

    /** Whether one result fails the gate. */
    public static boolean fails(PropertyResult r, boolean allowBroken) {
        return switch (r.verdict()) {
            case FAIL, TIMEOUT -> r.level() == Level.MUST;
            case XPASS -> true;
            case BROKEN -> !allowBroken;
            default -> false;
        };
    }

    /** The results that fail the gate, in report order. */
    public static List<PropertyResult> failing(List<PropertyResult> results, boolean allowBroken) {
        return results.stream().filter(r -> fails(r, allowBroken)).toList();
    }

    public static int exitCode(List<PropertyResult> results, boolean allowBroken) {
        return failing(results, allowBroken).isEmpty() ? PASSED : MUST_FAILED;
    }

    /** {@link #exitCode(List, boolean)} with BROKEN failing the gate. */
    public static int exitCode(List<PropertyResult> results) {
        return exitCode(results, false);
    }

    /** {@link #failing(List, boolean)} with BROKEN failing the gate. */
    public static List<PropertyResult> mustFailures(List<PropertyResult> results) {
        return failing(results, false);
    }

    /** Why a result fails the gate, in a few words for the console. */
    public static String reason(PropertyResult r) {
        return switch (r.verdict()) {
            case XPASS -> "stale baseline entry";
            case BROKEN -> "could not be checked";
            default -> r.level() + " property";
        };
    }
}
