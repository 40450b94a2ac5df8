package org.ipcconformance.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.InvocationResult;
import org.ipcconformance.spec.catalog.Basis;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;

/** A small catalog and invocation factory for report tests, independent of the shipped catalog. */
public final class TestData {
    private TestData() {
    }

    public static PropertyDef def(String id, Mechanism mechanism, Level level) {
        return new PropertyDef(id, mechanism, "Title of " + id, level, List.of(Basis.POSIX),
                "Statement of " + id + ".", List.of("pipe(7)"), "Evidence of " + id + ".");
    }

    /** Four pipe and FIFO properties, one SHOULD, one pending signal property. */
    public static CatalogView catalog() {
        return new CatalogView(List.of(
                def("IPC-KERNEL-COPY", Mechanism.GENERAL, Level.MUST),
                def("PIPE-BYTE-STREAM", Mechanism.PIPE, Level.MUST),
                def("PIPE-EOF", Mechanism.PIPE, Level.MUST),
                def("FIFO-NONBLOCK-OPEN", Mechanism.FIFO, Level.MUST),
                def("SEM-UNDO-ON-EXIT", Mechanism.SEMAPHORE, Level.SHOULD),
                def("SIG-UNCATCHABLE", Mechanism.SIGNAL, Level.MUST)),
                Set.of("SIG-UNCATCHABLE"));
    }

    public static InvocationResult inv(String property, String adapter, String method, Verdict verdict, String message, long millis) {
        return new InvocationResult(property, adapter, method, verdict, message, null, millis, Map.of());
    }
}
