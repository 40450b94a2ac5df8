package org.ipcconformance.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.RunInfo;

/**
 * One column of the matrix: an adapter on a host. In a single run every column has the run's host;
 * in a merged report each column carries its own.
 *
 * @param index   position in the matrix, from 0
 * @param id      the results' adapter field for this column ({@code native}, {@code native@build-7})
 * @param adapter the adapter id without the host
 */
record Column(int index, String id, String adapter, String host, String os, String kernel, String version,
              Map<String, String> environment) {

    static final String REFERENCE_ADAPTER = "native";

    /** The columns in the report's order: the run's adapters, then ids only the results name. */
    static List<Column> of(ConformanceReport report) {
        RunInfo run = report.run();
        List<Column> columns = new ArrayList<>();
        for (String id : report.adapterIds()) {
            AdapterInfo info = run == null ? null
                    : run.adapters().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
            String host = info != null && info.host() != null ? info.host() : run == null ? "" : run.host();
            String os = info != null && info.os() != null ? info.os() : run == null ? "" : run.os();
            String kernel = info != null && info.kernel() != null ? info.kernel() : run == null ? "" : run.kernel();
            columns.add(new Column(columns.size(), id, info == null ? id : info.adapterId(), Objects.toString(host, ""),
                    Objects.toString(os, ""), Objects.toString(kernel, ""), info == null ? null : info.version(),
                    info == null ? Map.of() : info.environment()));
        }
        return columns;
    }

    boolean isReference() {
        return adapter.equals(REFERENCE_ADAPTER);
    }
}
