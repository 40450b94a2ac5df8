package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;

/**
 * The verdict on one property for one adapter: an element of {@code results} in
 * {@code conformance.json} and a cell of the matrix.
 *
 * @param mechanism null only for an ID the catalog does not know
 * @param level     null only for an ID the catalog does not know
 * @param standard  the standards that promise the property, as the catalog writes them
 *                  ({@code posix}, {@code posix-option:MSG}, {@code xsi}, {@code linux}); empty for an
 *                  ID the catalog does not know and in reports written before the field existed
 * @param evidence  what the spec observed ({@code ipc.evidence.*} entries), by name
 * @param methods   the spec methods that decided the verdict; empty for UNTESTED
 * @param baseline  for XFAIL and XPASS: the baseline entry that applied and the verdict observed
 *                  before it; absent (null) otherwise
 */
@JsonPropertyOrder({"property", "mechanism", "title", "level", "standard", "adapter", "verdict", "message",
        "durationMillis", "evidence", "methods", "baseline"})
public record PropertyResult(
        String property,
        Mechanism mechanism,
        String title,
        Level level,
        List<String> standard,
        String adapter,
        Verdict verdict,
        String message,
        long durationMillis,
        Map<String, String> evidence,
        List<MethodResult> methods,
        @JsonInclude(JsonInclude.Include.NON_NULL) Deviation baseline) {

    public PropertyResult {
        message = message == null ? "" : message;
        title = title == null ? "" : title;
        standard = standard == null ? List.of() : List.copyOf(standard);
        evidence = evidence == null ? Map.of() : new TreeMap<>(evidence);
        methods = methods == null ? List.of() : List.copyOf(methods);
    }

    /** A result no baseline touched. */
    public PropertyResult(String property, Mechanism mechanism, String title, Level level, List<String> standard,
                          String adapter, Verdict verdict, String message, long durationMillis,
                          Map<String, String> evidence, List<MethodResult> methods) {
        this(property, mechanism, title, level, standard, adapter, verdict, message, durationMillis, evidence, methods,
                null);
    }

    /** This result with the baseline's verdict and message. */
    public PropertyResult withBaseline(Verdict newVerdict, String newMessage, Deviation deviation) {
        return new PropertyResult(property, mechanism, title, level, standard, adapter, newVerdict, newMessage,
                durationMillis, evidence, methods, deviation);
    }

    /** True for a MUST property whose verdict is FAIL, TIMEOUT or BROKEN: what fails the gate. */
    public boolean failsMust() {
        return level == Level.MUST && (verdict.isFailure() || verdict == Verdict.BROKEN);
    }
}
