package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and when a run happened: the {@code run} object of {@code conformance.json}.
 * Times are ISO-8601 instants in UTC (e.g. {@code 2026-01-31T09:15:02.412Z}).
 *
 * @param timeoutSeconds the time limit of each spec invocation, or null when the suite default applied
 * @param sources        merged reports only: the runs that were merged, one per input, in input
 *                       order (empty, and absent from the JSON, for a single run)
 * @param system         what was certified in the operating system's own words (uname, /proc/version,
 *                       os-release, libc, container and virtualisation hints), by source; empty in a
 *                       merged report (each source has its own) and in reports written before it
 */
@JsonPropertyOrder({"startedAt", "finishedAt", "host", "os", "arch", "kernel", "libc", "jdk",
        "adapters", "wallMillis", "timeoutSeconds", "sources", "system"})
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RunInfo> sources,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> system) {

    public RunInfo {
        adapters = adapters == null ? List.of() : List.copyOf(adapters);
        sources = sources == null ? List.of() : List.copyOf(sources);
        system = system == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(system));
    }

    /** A run without the system's own account (a merged report, or one written before it). */
    public RunInfo(String startedAt, String finishedAt, String host, String os, String arch, String kernel,
                   String libc, String jdk, List<AdapterInfo> adapters, long wallMillis, Integer timeoutSeconds,
                   List<RunInfo> sources) {
        this(startedAt, finishedAt, host, os, arch, kernel, libc, jdk, adapters, wallMillis, timeoutSeconds, sources, Map.of());
    }

    /** A single run on one host. */
    public RunInfo(String startedAt, String finishedAt, String host, String os, String arch, String kernel,
                   String libc, String jdk, List<AdapterInfo> adapters, long wallMillis, Integer timeoutSeconds) {
        this(startedAt, finishedAt, host, os, arch, kernel, libc, jdk, adapters, wallMillis, timeoutSeconds, List.of(), Map.of());
    }

    /** True for the result of {@code merge}: its columns come from several runs. */
    @JsonIgnore
    public boolean isMerged() {
        return !sources.isEmpty();
    }
}
