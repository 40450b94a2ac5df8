package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * One adapter of a run (a column of the matrix), as the report's header shows it.
 *
 * @param id          the column's id: the adapter id, with {@code :fault} for a planted fault; in a
 *                    labelled run ({@code run --label}) {@code adapter@label}; in a merged report
 *                    {@code adapter@label} or, without a label, {@code adapter@host}
 * @param version     what was certified (library version, kernel release...), or "unknown"
 * @param environment the adapter's own facts (libc, compiler, JDK of the children...)
 * @param adapter     merged reports only: the adapter id without the host (null: same as {@code id})
 * @param host        merged reports only: the host the column ran on (null: the run's host)
 * @param os          merged reports only: that host's operating system (null: the run's)
 * @param kernel      merged reports only: that host's kernel release (null: the run's)
 * @param label       the run's label, naming the runtime certified on the host (a container, a
 *                    sandbox), or null for none
 */
@JsonPropertyOrder({"id", "version", "environment", "adapter", "host", "os", "kernel", "label"})
public record AdapterInfo(
        String id,
        String version,
        Map<String, String> environment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String adapter,
        @JsonInclude(JsonInclude.Include.NON_NULL) String host,
        @JsonInclude(JsonInclude.Include.NON_NULL) String os,
        @JsonInclude(JsonInclude.Include.NON_NULL) String kernel,
        @JsonInclude(JsonInclude.Include.NON_NULL) String label) {

    public AdapterInfo {
        version = version == null || version.isBlank() ? "unknown" : version;
        environment = environment == null ? Map.of() : new TreeMap<>(environment);
    }

    /** An adapter of a single run: its host is the run's. */
    public AdapterInfo(String id, String version, Map<String, String> environment) {
        this(id, version, environment, null, null, null, null, null);
    }

    /** A column without a label. */
    public AdapterInfo(String id, String version, Map<String, String> environment, String adapter, String host, String os,
                       String kernel) {
        this(id, version, environment, adapter, host, os, kernel, null);
    }

    /** The adapter id without any host: {@code native} for {@code native@build-7}. */
    @JsonIgnore
    public String adapterId() {
        return adapter == null ? id : adapter;
    }
}
