package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where and when a run happened: the {@code run} object of {@code conformance.json}.
 * Times are ISO-8601 instants in UTC (e.g. {@code 2026-01-31T09:15:02.412Z}).
 *
 * @param timeoutSeconds the time limit of each spec invocation, or null when the suite default applied
 * @param baseline       the baseline file of known deviations the run applied, or null (absent) for none
 */
@JsonPropertyOrder({"startedAt", "finishedAt", "host", "os", "arch", "kernel", "libc", "jdk",
        "adapters", "wallMillis", "timeoutSeconds", "baseline"})
public record RunInfo(
        String startedAt,
        String finishedAt,
        String host,
        String os,
        String arch,
        String kernel,
        String libc,
        String jdk,
        List<AdapterInfo> adapters,
        long wallMillis,
        Integer timeoutSeconds,
        @JsonInclude(JsonInclude.Include.NON_NULL) String baseline) {

    public RunInfo {
        adapters = adapters == null ? List.of() : List.copyOf(adapters);
    }

    /** A run without a baseline. */
    public RunInfo(String startedAt, String finishedAt, String host, String os, String arch, String kernel,
                   String libc, String jdk, List<AdapterInfo> adapters, long wallMillis, Integer timeoutSeconds) {
        this(startedAt, finishedAt, host, os, arch, kernel, libc, jdk, adapters, wallMillis, timeoutSeconds, null);
    }

    public RunInfo withBaseline(String file) {
        return new RunInfo(startedAt, finishedAt, host, os, arch, kernel, libc, jdk, adapters, wallMillis,
                timeoutSeconds, file);
    }
}
