package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.ipcconformance.reports.Verdict;

/**
 * One spec method's invocation on one adapter; a property's verdict combines these.
 *
 * @param name           {@code SpecClass.method}
 * @param message        why (the failure's first lines, the missing feature...), "" when nothing to say
 * @param detail         for BROKEN only: the exception and its first stack frames; absent otherwise
 */
@JsonPropertyOrder({"name", "verdict", "message", "durationMillis", "detail"})
public record MethodResult(
        String name,
        Verdict verdict,
        String message,
        long durationMillis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {

    public MethodResult {
        message = message == null ? "" : message;
    }
}
