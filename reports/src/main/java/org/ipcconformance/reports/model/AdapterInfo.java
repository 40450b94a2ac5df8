package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * One adapter of a run, as the report's header shows it.
 *
 * @param id          the adapter id, with {@code :fault} for a planted fault
 * @param version     what was certified (library version, kernel release...), or "unknown"
 * @param environment the adapter's own facts (libc, compiler, JDK of the children...)
 */
@JsonPropertyOrder({"id", "version", "environment"})
public record AdapterInfo(String id, String version, Map<String, String> environment) {
    public AdapterInfo {
        version = version == null || version.isBlank() ? "unknown" : version;
        environment = environment == null ? Map.of() : new TreeMap<>(environment);
    }
}
