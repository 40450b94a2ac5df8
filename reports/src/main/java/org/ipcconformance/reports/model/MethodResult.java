package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;
import org.ipcconformance.reports.Verdict;

/**
 * One spec method's invocation on one adapter; a property's verdict combines these.
 *
 * @param name           {@code SpecClass.method}
 * @param variant        the invocation's variant ({@code System V}, {@code POSIX}, {@code UNIX},
 *                       {@code INET}) when the method runs once per variant; null (absent from the
 *                       JSON, as in reports written before the field existed) otherwise
 * @param message        why (the failure's first lines, the missing feature...), "" when nothing to say
 * @param detail         for BROKEN only: the exception and its first stack frames; absent otherwise
 * @param evidence       what this method recorded; absent from the JSON when empty
 */
@JsonPropertyOrder({"name", "variant", "verdict", "message", "durationMillis", "detail", "evidence"})
public record MethodResult(
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String variant,
        Verdict verdict,
        String message,
        long durationMillis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> evidence) {

    /** The evidence name under which an UNSUPPORTED method records its absent option ({@code posix-option:MSG}). */
    public static final String ABSENT_OPTION = "absent option";

    public MethodResult {
        message = message == null ? "" : message;
        evidence = evidence == null ? Map.of() : new TreeMap<>(evidence);
    }

    /** How reports name this invocation: {@code SpecClass.method (POSIX)}, the name alone without a variant. */
    @JsonIgnore
    public String label() {
        return label(name, variant);
    }

    /**
     * How reports name an invocation of a spec method: the variant in parentheses after the name, so
     * that two invocations of one method stay apart in messages, evidence, JUnit XML and Allure.
     */
    public static String label(String name, String variant) {
        return variant == null || variant.isBlank() ? name : name + " (" + variant + ")";
    }
}
