package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;
import org.ipcconformance.reports.Verdict;

/**
 * One spec method's invocation on one adapter; a property's verdict combines these.
 *
 * @param name           {@code SpecClass.method}
 * @param message        why (the failure's first lines, the missing feature...), "" when nothing to say
 * @param detail         for BROKEN only: the exception and its first stack frames; absent otherwise
 * @param evidence       what this method recorded (a {@code family} entry names the System V or POSIX
 *                       family where a property has both); absent from the JSON when empty
 */
@JsonPropertyOrder({"name", "verdict", "message", "durationMillis", "detail", "evidence"})
public record MethodResult(
        String name,
        Verdict verdict,
        String message,
        long durationMillis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> evidence) {

    public MethodResult {
        message = message == null ? "" : message;
        evidence = evidence == null ? Map.of() : new TreeMap<>(evidence);
    }

    /** A result without evidence of its own (the property's evidence still has it). */
    public MethodResult(String name, Verdict verdict, String message, long durationMillis, String detail) {
        this(name, verdict, message, durationMillis, detail, Map.of());
    }
}
