package org.ipcconformance.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.aggregate.Aggregator;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.spec.catalog.Basis;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;

/** A small catalog and invocation factory for report tests, independent of the shipped catalog. */
public final class TestData {
    private TestData() {
    }

    public static PropertyDef def(String id, Mechanism mechanism, Level level, Standard... standard) {
        return new PropertyDef(id, mechanism, "Title of " + id, level, List.of(Basis.POSIX),
                standard.length == 0 ? List.of(Standard.POSIX) : List.of(standard),
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

    /** A two-adapter report with a failure whose message holds markup, and a pending property. */
    public static ConformanceReport report() {
        List<InvocationResult> invocations = List.of(
                inv("IPC-KERNEL-COPY", "native", "KernelCopySpec.copied", Verdict.PASS, "", 4),
                inv("IPC-KERNEL-COPY", "simulator", "KernelCopySpec.copied", Verdict.PASS, "", 1),
                inv("PIPE-BYTE-STREAM", "native", "PipeSpec.stream", Verdict.FAIL, "expected <abcd> but was <ab> & more", 7),
                inv("PIPE-BYTE-STREAM", "simulator", "PipeSpec.stream", Verdict.PASS, "", 1),
                inv("PIPE-EOF", "native", "PipeSpec.eof", Verdict.TIMEOUT, "ran past 5 s", 5000),
                inv("PIPE-EOF", "simulator", "PipeSpec.eof", Verdict.BROKEN, "NullPointerException", 1),
                inv("FIFO-NONBLOCK-OPEN", "native", "FifoSpec.nonblock", Verdict.PASS, "", 2),
                new InvocationResult("FIFO-NONBLOCK-OPEN", "simulator", "FifoSpec.nonblock", Verdict.NOT_APPLICABLE,
                        "simulator lacks FIFO: \"quoted\" reason", null, 0, Map.of("opened", "fd 7")),
                inv("SEM-UNDO-ON-EXIT", "native", "SemSpec.undo", Verdict.PASS, "", 1),
                inv("SEM-UNDO-ON-EXIT", "simulator", "SemSpec.undo", Verdict.PASS, "", 1));
        List<String> adapters = List.of("native", "simulator");
        RunInfo run = new RunInfo("2026-01-31T09:15:02.412Z", "2026-01-31T09:15:04.977Z", "host<1>", "Linux", "amd64",
                "6.1.0-18-amd64", "glibc 2.36", "Debian 17.0.15",
                List.of(new AdapterInfo("native", "6.1.0", Map.of("libc", "glibc 2.36", "cc", "gcc 12")),
                        new AdapterInfo("simulator", "0.1.0", Map.of())),
                2565, 30);
        return new ConformanceReport(run, Aggregator.aggregate(invocations, catalog(), adapters, null));
    }

    public static InvocationResult inv(String property, String adapter, String method, Verdict verdict, String message, long millis) {
        return new InvocationResult(property, adapter, method, verdict, message, null, millis, Map.of());
    }
}
