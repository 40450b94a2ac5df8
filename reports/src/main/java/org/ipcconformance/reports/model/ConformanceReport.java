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
 */
@JsonPropertyOrder({"schemaVersion", "run", "baseline", "results"})
public record ConformanceReport(int schemaVersion, RunInfo run, List<PropertyResult> results,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String baseline) {
    public static final int SCHEMA_VERSION = 1;

    public ConformanceReport {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public ConformanceReport(int schemaVersion, RunInfo run, List<PropertyResult> results) {
        this(schemaVersion, run, results, null);
    }

    public ConformanceReport(RunInfo run, List<PropertyResult> results) {
        this(SCHEMA_VERSION, run, results, null);
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
