package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where and when a run happened: the {@code run} object of {@code conformance.json}.
 * Times are ISO-8601 instants in UTC (e.g. {@code 2026-01-31T09:15:02.412Z}).
 *
 * @param timeoutSeconds the time limit of each spec invocation, or null when the suite default applied
 * @param sources        merged reports only: the runs that were merged, one per input, in input
 *                       order (empty, and absent from the JSON, for a single run)
 */
@JsonPropertyOrder({"startedAt", "finishedAt", "host", "os", "arch", "kernel", "libc", "jdk",
        "adapters", "wallMillis", "timeoutSeconds", "sources"})
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RunInfo> sources) {

    public RunInfo {
        adapters = adapters == null ? List.of() : List.copyOf(adapters);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A single run on one host. */
    public RunInfo(String startedAt, String finishedAt, String host, String os, String arch, String kernel,
                   String libc, String jdk, List<AdapterInfo> adapters, long wallMillis, Integer timeoutSeconds) {
        this(startedAt, finishedAt, host, os, arch, kernel, libc, jdk, adapters, wallMillis, timeoutSeconds, List.of());
    }

    /** True for the result of {@code merge}: its columns come from several runs. */
    @JsonIgnore
    public boolean isMerged() {
        return !sources.isEmpty();
    }
}
