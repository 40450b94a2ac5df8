package org.ipcconformance.reports.aggregate;

import java.util.Map;
import java.util.TreeMap;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.MethodResult;

/**
 * One spec method run on one adapter (one JUnit test invocation), attributed and classified.
 *
 * @param property the catalog ID (from the {@code ipc.property} entry, else the annotation)
 * @param adapter  the adapter id (from the {@code ipc.adapter} entry, else the display name)
 * @param method   {@code SpecClass.method}
 * @param variant  the variant of the invocation (the {@code ipc.variant} entry: {@code System V},
 *                 {@code POSIX}, {@code UNIX}, {@code INET}), null for a method without variants
 * @param detail   for BROKEN: the exception with its first frames; null otherwise
 * @param evidence the {@code ipc.evidence.*} entries, without the prefix
 */
public record InvocationResult(
        String property,
        String adapter,
        String method,
        String variant,
        Verdict verdict,
        String message,
        String detail,
        long durationMillis,
        Map<String, String> evidence) {

    public InvocationResult {
        message = message == null ? "" : message;
        evidence = evidence == null ? Map.of() : new TreeMap<>(evidence);
    }

    /** An invocation of a method without variants. */
    public InvocationResult(String property, String adapter, String method, Verdict verdict, String message,
                            String detail, long durationMillis, Map<String, String> evidence) {
        this(property, adapter, method, null, verdict, message, detail, durationMillis, evidence);
    }

    /** How reports name this invocation: {@code SpecClass.method (POSIX)}, the method alone without a variant. */
    public String label() {
        return MethodResult.label(method, variant);
    }

    public MethodResult toMethodResult() {
        return new MethodResult(method, variant, verdict, message, durationMillis, detail, evidence);
    }
}
