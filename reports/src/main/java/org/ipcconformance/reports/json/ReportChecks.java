package org.ipcconformance.reports.json;

import java.util.Arrays;
import java.util.List;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;

/**
 * What a read report must hold for a matrix to be drawn from it: a schema version, the run (host,
 * OS, kernel: merge needs them to tell the columns apart) and results that each name a property,
 * an adapter and a verdict this tool knows. The reader ignores unknown fields, so only these are
 * checked; each problem says where and what is accepted.
 */
final class ReportChecks {
    private ReportChecks() {
    }

    static void check(ConformanceReport report) {
        if (report.schemaVersion() < 1) {
            throw new IllegalArgumentException("no \"schemaVersion\" (a positive number): not a conformance.json written by ipc-conformance");
        }
        if (report.run() == null) {
            throw new IllegalArgumentException("no \"run\" object (startedAt, host, os, kernel, adapters...): "
                    + "not a conformance.json written by ipc-conformance");
        }
        List<PropertyResult> results = report.results();
        for (int i = 0; i < results.size(); i++) {
            PropertyResult r = results.get(i);
            String where = "results[" + i + "]";
            if (r == null) {
                throw new IllegalArgumentException(where + " is null; each result is an object with property, adapter and verdict");
            }
            if (blank(r.property())) {
                throw new IllegalArgumentException(where + " has no \"property\" (a catalog ID such as PIPE-EOF)");
            }
            where += " (" + r.property() + ")";
            if (blank(r.adapter())) {
                throw new IllegalArgumentException(where + " has no \"adapter\" (an id of run.adapters)");
            }
            if (r.verdict() == null) {
                throw new IllegalArgumentException(where + " on " + r.adapter() + " has a missing or unknown \"verdict\"; accepted: "
                        + String.join(", ", Arrays.stream(Verdict.values()).map(Verdict::name).toList()));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
