package org.ipcconformance.reports.gate;

import org.ipcconformance.reports.Verdict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipcconformance.reports.model.MethodResult;
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
 *       fail the gate; UNSUPPORTED (an option the implementation reports absent) fails it only when
 *       the run requires that option ({@code --require-option}), whatever the property's level, and
 *       so does a pass some of whose methods found a required option absent.</li>
 * </ul>
 */
public final class Gate {
    public static final int PASSED = 0;
    public static final int MUST_FAILED = 1;
    public static final int USAGE_OR_HARNESS_ERROR = 2;

    private Gate() {
    }

    /**
     * What the run asked of the gate.
     *
     * @param allowBroken     BROKEN results do not fail the gate
     * @param requiredOptions options an implementation must have, as the catalog writes them
     *                        ({@code posix-option:MSG}, {@code xsi}): one reported absent fails the gate
     */
    public record Policy(boolean allowBroken, Set<String> requiredOptions) {
        public Policy {
            requiredOptions = Set.copyOf(requiredOptions);
        }

        public static Policy of(boolean allowBroken) {
            return new Policy(allowBroken, Set.of());
        }
    }

    /** Whether one result fails the gate. */
    public static boolean fails(PropertyResult r, boolean allowBroken) {
        return fails(r, Policy.of(allowBroken));
    }

    public static boolean fails(PropertyResult r, Policy policy) {
        if (!absentRequired(r, policy).isEmpty()) {
            return true;
        }
        return switch (r.verdict()) {
            case FAIL, TIMEOUT -> r.level() == Level.MUST;
            case XPASS -> true;
            case BROKEN -> !policy.allowBroken();
            default -> false;
        };
    }

    /** The required options that the methods of {@code r} found absent, in method order. */
    public static Set<String> absentRequired(PropertyResult r, Policy policy) {
        Set<String> absent = new LinkedHashSet<>();
        for (MethodResult m : r.methods()) {
            String option = m.verdict() == Verdict.UNSUPPORTED ? m.evidence().get(MethodResult.ABSENT_OPTION) : null;
            if (option != null && policy.requiredOptions().contains(option)) {
                absent.add(option);
            }
        }
        return absent;
    }

    /** The results that fail the gate, in report order. */
    public static List<PropertyResult> failing(List<PropertyResult> results, boolean allowBroken) {
        return failing(results, Policy.of(allowBroken));
    }

    public static List<PropertyResult> failing(List<PropertyResult> results, Policy policy) {
        return results.stream().filter(r -> fails(r, policy)).toList();
    }

    public static int exitCode(List<PropertyResult> results, boolean allowBroken) {
        return exitCode(results, Policy.of(allowBroken));
    }

    public static int exitCode(List<PropertyResult> results, Policy policy) {
        return failing(results, policy).isEmpty() ? PASSED : MUST_FAILED;
    }

    /** {@link #exitCode(List, boolean)} with BROKEN failing the gate. */
    public static int exitCode(List<PropertyResult> results) {
        return exitCode(results, false);
    }

    /** {@link #failing(List, boolean)} with BROKEN failing the gate. */
    public static List<PropertyResult> mustFailures(List<PropertyResult> results) {
        return failing(results, false);
    }

    /** Why a result fails the gate under {@code policy}, in a few words for the console. */
    public static String reason(PropertyResult r, Policy policy) {
        Set<String> absent = absentRequired(r, policy);
        return absent.isEmpty() ? reason(r) : "required " + String.join(", ", absent) + " absent";
    }

    /** Why a result fails the gate, in a few words for the console. */
    public static String reason(PropertyResult r) {
        return switch (r.verdict()) {
            case XPASS -> "stale baseline entry";
            case BROKEN -> "could not be checked";
            case UNSUPPORTED -> "a required option";
            default -> r.level() + " property";
        };
    }
}
