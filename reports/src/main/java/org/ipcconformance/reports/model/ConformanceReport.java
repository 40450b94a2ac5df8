package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole run: what {@code conformance.json} holds (see
 * {@link org.ipcconformance.reports.json.ConformanceJson} for the contract).
 *
 * @param schemaVersion the contract's version; a reader refuses a newer major one
 * @param baseline      the baseline file of known deviations the run applied ({@code --baseline}),
 *                      or null (absent from the JSON) for none
 * @param leftovers     the kernel objects the run created and could not remove (verified to exist
 *                      after the removal), each named as the system names it; they stay in the run's
 *                      ledger for the next run's sweep. Empty when everything went; {@code []} in the
 *                      JSON, and read as empty from reports written before the field
 */
@JsonPropertyOrder({"schemaVersion", "run", "baseline", "leftovers", "results"})
public record ConformanceReport(int schemaVersion, RunInfo run, List<PropertyResult> results,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String baseline, List<String> leftovers) {
    public static final int SCHEMA_VERSION = 1;

    public ConformanceReport {
        results = results == null ? List.of() : List.copyOf(results);
        leftovers = leftovers == null ? List.of() : List.copyOf(leftovers);
    }

    public ConformanceReport(int schemaVersion, RunInfo run, List<PropertyResult> results, String baseline) {
        this(schemaVersion, run, results, baseline, List.of());
    }

    public ConformanceReport(int schemaVersion, RunInfo run, List<PropertyResult> results) {
        this(schemaVersion, run, results, null);
    }

    public ConformanceReport(RunInfo run, List<PropertyResult> results) {
        this(SCHEMA_VERSION, run, results, null);
    }

    /** This report with the run's leftovers, known only once the run has cleaned up after itself. */
    public ConformanceReport withLeftovers(List<String> objects) {
        return new ConformanceReport(schemaVersion, run, results, baseline, objects);
    }

    /**
     * The adapter ids in column order: the run's adapters first, then any that only the results
     * name (a report put together by hand or merged).
     */
    @JsonIgnore
    public List<String> adapterIds() {
        List<String> ids = new ArrayList<>();
        if (run != null) {
            run.adapters().forEach(a -> ids.add(a.id()));
        }
        for (PropertyResult r : results) {
            if (!ids.contains(r.adapter())) {
                ids.add(r.adapter());
            }
        }
        return ids;
    }
}
