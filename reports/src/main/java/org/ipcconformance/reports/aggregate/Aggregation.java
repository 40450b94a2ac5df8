package org.ipcconformance.reports.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ipcconformance.reports.Verdict;

/**
 * Combines the methods that share a property ID on one adapter: any FAIL makes it FAIL, else any
 * TIMEOUT, else any BROKEN, else any PASS (the message names the methods that did not apply or
 * found their option absent), else UNSUPPORTED, else NOT_APPLICABLE. Durations add up.
 */
public final class Aggregation {
    private static final List<Verdict> PRECEDENCE = List.of(
            Verdict.FAIL, Verdict.TIMEOUT, Verdict.BROKEN, Verdict.XPASS, Verdict.XFAIL, Verdict.PASS,
            Verdict.UNSUPPORTED, Verdict.NOT_APPLICABLE, Verdict.UNTESTED);

    private Aggregation() {
    }

    /** The combined outcome of the invocations of one property on one adapter (at least one). */
    public static Outcome combine(String property, String adapter, List<InvocationResult> invocations) {
        if (invocations.isEmpty()) {
            throw new IllegalArgumentException("no invocation of " + property + " on " + adapter + " to combine");
        }
        Verdict verdict = decisive(invocations);
        long duration = invocations.stream().mapToLong(InvocationResult::durationMillis).sum();
        return new Outcome(property, adapter, verdict, messageFor(verdict, invocations), duration,
                mergeEvidence(invocations), invocations.stream().map(InvocationResult::toMethodResult).toList());
    }

    static Verdict decisive(List<InvocationResult> invocations) {
        for (Verdict v : PRECEDENCE) {
            if (invocations.stream().anyMatch(i -> i.verdict() == v)) {
                return v;
            }
        }
        throw new IllegalStateException("a verdict outside the precedence list");
    }

    private static String messageFor(Verdict verdict, List<InvocationResult> invocations) {
        boolean several = invocations.size() > 1;
        if (verdict == Verdict.PASS) {
            List<String> notes = new ArrayList<>();
            notes.addAll(labelled("not applicable: ", Verdict.NOT_APPLICABLE, invocations));
            notes.addAll(labelled("unsupported: ", Verdict.UNSUPPORTED, invocations));
            return notes.isEmpty() ? "" : "passed; " + String.join("; ", notes);
        }
        if (verdict == Verdict.NOT_APPLICABLE || verdict == Verdict.UNSUPPORTED) {
            Set<String> reasons = new LinkedHashSet<>();
            invocations.stream().filter(i -> i.verdict() == verdict).forEach(i -> reasons.add(i.message()));
            return String.join("; ", reasons);
        }
        List<String> parts = new ArrayList<>();
        for (InvocationResult i : invocations) {
            if (i.verdict() == verdict) {
                parts.add(several ? i.label() + ": " + i.message() : i.message());
            }
        }
        return String.join("\n", parts);
    }

    /** "{@code heading}m1 (why); m2 (why)" for the invocations with {@code verdict}, or nothing. */
    private static List<String> labelled(String heading, Verdict verdict, List<InvocationResult> invocations) {
        List<String> which = invocations.stream().filter(i -> i.verdict() == verdict)
                .map(i -> i.label() + " (" + i.message() + ")").toList();
        return which.isEmpty() ? List.of() : List.of(heading + String.join("; ", which));
    }

    /** Evidence of all invocations; a name several used is kept once per invocation, prefixed by its label. */
    private static Map<String, String> mergeEvidence(List<InvocationResult> invocations) {
        Map<String, Integer> uses = new HashMap<>();
        invocations.forEach(i -> i.evidence().keySet().forEach(k -> uses.merge(k, 1, Integer::sum)));
        Map<String, String> merged = new TreeMap<>();
        for (InvocationResult i : invocations) {
            i.evidence().forEach((k, v) -> merged.put(uses.get(k) > 1 ? i.label() + ": " + k : k, v));
        }
        return merged;
    }
}
