package org.ipcconformance.suites.engine;

import java.util.Map;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What a spec observed, published with its verdict so that a report can show why. */
public final class Evidence {
    private final ExtensionContext context;

    Evidence(ExtensionContext context) {
        this.context = context;
    }

    public void record(String name, Object value) {
        context.publishReportEntry(Map.of(ReportKeys.EVIDENCE_PREFIX + name, String.valueOf(value)));
    }
}
