package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where and when a run happened: the {@code run} object of {@code conformance.json}.
 * Times are ISO-8601 instants in UTC (e.g. {@code 2026-01-31T09:15:02.412Z}).
 *
 * @param timeoutSeconds the time limit of each spec invocation, or null when the suite default applied
 */
@JsonPropertyOrder({"startedAt", "finishedAt", "host", "os", "arch", "kernel", "libc", "jdk",
        "adapters", "wallMillis", "timeoutSeconds"})
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
        Integer timeoutSeconds) {

    public RunInfo {
        adapters = adapters == null ? List.of() : List.copyOf(adapters);
    }
}
