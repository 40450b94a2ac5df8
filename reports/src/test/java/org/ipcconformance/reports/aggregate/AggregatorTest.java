package org.ipcconformance.reports.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.reports.TestData.inv;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.Standard;
import org.junit.jupiter.api.Test;

class AggregatorTest {
    private static final List<String> ADAPTERS = List.of("native", "simulator");

    private static List<InvocationResult> allPassing() {
        return List.of(
                inv("IPC-KERNEL-COPY", "native", "K.a", Verdict.PASS, "", 1),
                inv("IPC-KERNEL-COPY", "simulator", "K.a", Verdict.PASS, "", 1),
                inv("PIPE-BYTE-STREAM", "native", "P.a", Verdict.PASS, "", 2),
                inv("PIPE-BYTE-STREAM", "native", "P.b", Verdict.PASS, "", 3),
                inv("PIPE-BYTE-STREAM", "simulator", "P.a", Verdict.PASS, "", 1),
                inv("PIPE-BYTE-STREAM", "simulator", "P.b", Verdict.PASS, "", 1),
                inv("PIPE-EOF", "native", "E.a", Verdict.PASS, "", 1),
                inv("PIPE-EOF", "simulator", "E.a", Verdict.PASS, "", 1),
                inv("FIFO-NONBLOCK-OPEN", "native", "F.a", Verdict.PASS, "", 1),
                inv("FIFO-NONBLOCK-OPEN", "simulator", "F.a", Verdict.NOT_APPLICABLE, "no FIFO", 0),
                inv("SEM-UNDO-ON-EXIT", "native", "S.a", Verdict.FAIL, "not undone", 1),
                inv("SEM-UNDO-ON-EXIT", "simulator", "S.a", Verdict.PASS, "", 1));
    }

    private static PropertyResult find(List<PropertyResult> results, String property, String adapter) {
        return results.stream().filter(r -> r.property().equals(property) && r.adapter().equals(adapter))
                .findFirst().orElseThrow();
    }

    @Test
    void onePerPropertyAndAdapterInCatalogThenAdapterOrder() {
        List<PropertyResult> results = Aggregator.aggregate(allPassing(), TestData.catalog(), ADAPTERS, null);
        assertThat(results).extracting(r -> r.property() + "@" + r.adapter()).containsExactly(
                "IPC-KERNEL-COPY@native", "IPC-KERNEL-COPY@simulator",
                "PIPE-BYTE-STREAM@native", "PIPE-BYTE-STREAM@simulator",
                "PIPE-EOF@native", "PIPE-EOF@simulator",
                "FIFO-NONBLOCK-OPEN@native", "FIFO-NONBLOCK-OPEN@simulator",
                "SEM-UNDO-ON-EXIT@native", "SEM-UNDO-ON-EXIT@simulator",
                "SIG-UNCATCHABLE@native", "SIG-UNCATCHABLE@simulator");
        PropertyResult byteStream = find(results, "PIPE-BYTE-STREAM", "native");
        assertThat(byteStream.durationMillis()).isEqualTo(5);
        assertThat(byteStream.mechanism()).isEqualTo(Mechanism.PIPE);
        assertThat(byteStream.level()).isEqualTo(Level.MUST);
        assertThat(byteStream.title()).isEqualTo("Title of PIPE-BYTE-STREAM");
        assertThat(byteStream.methods()).hasSize(2);
    }

    @Test
    void anAbsentOptionExcusesOnlyAPropertyUnderThatOption() {
        CatalogView catalog = new CatalogView(List.of(
                TestData.def("MQ-REMOVAL", Mechanism.MESSAGE_QUEUE, Level.MUST, Standard.XSI, Standard.POSIX_MSG),
                TestData.def("PIPE-EOF", Mechanism.PIPE, Level.MUST)), Set.of());
        Map<String, String> msg = Map.of(MethodResult.ABSENT_OPTION, "posix-option:MSG");
        List<InvocationResult> runs = List.of(
                new InvocationResult("MQ-REMOVAL", "native", "M.a", Verdict.UNSUPPORTED, "mq_open: ENOSYS", null, 1, msg),
                new InvocationResult("PIPE-EOF", "native", "E.a", Verdict.UNSUPPORTED, "mq_open: ENOSYS", null, 1, msg));
        List<PropertyResult> results = Aggregator.aggregate(runs, catalog, List.of("native"), null);
        assertThat(find(results, "MQ-REMOVAL", "native").verdict()).isEqualTo(Verdict.UNSUPPORTED);
        PropertyResult eof = find(results, "PIPE-EOF", "native");
        assertThat(eof.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(eof.message()).contains("PIPE-EOF is not under posix-option:MSG: its standard is posix");
        assertThat(Gate.exitCode(results.subList(0, 1))).isEqualTo(Gate.PASSED);
        assertThat(Gate.exitCode(results.subList(0, 1), new Gate.Policy(false, Set.of("posix-option:MSG"))))
                .isEqualTo(Gate.MUST_FAILED);
    }

    @Test
    void pendingPropertiesAreUntestedOnEveryAdapter() {
        List<PropertyResult> results = Aggregator.aggregate(allPassing(), TestData.catalog(), ADAPTERS, null);
        for (String adapter : ADAPTERS) {
            PropertyResult r = find(results, "SIG-UNCATCHABLE", adapter);
            assertThat(r.verdict()).isEqualTo(Verdict.UNTESTED);
            assertThat(r.methods()).isEmpty();
        }
    }

    @Test
    void anExecutablePropertyThatReportedNothingIsBroken() {
        List<InvocationResult> withoutEof = allPassing().stream().filter(i -> !i.property().equals("PIPE-EOF")).toList();
        List<PropertyResult> results = Aggregator.aggregate(withoutEof, TestData.catalog(), ADAPTERS, null);
        assertThat(find(results, "PIPE-EOF", "native").verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(find(results, "PIPE-EOF", "native").message()).contains("no spec method reported");
        assertThat(Gate.exitCode(results)).isEqualTo(Gate.MUST_FAILED);
    }

    @Test
    void aSelectionKeepsOnlyTheSelectedProperties() {
        List<PropertyResult> results = Aggregator.aggregate(allPassing(), TestData.catalog(), ADAPTERS,
                Set.of("PIPE-EOF", "SIG-UNCATCHABLE"));
        assertThat(results).extracting(PropertyResult::property).containsOnly("PIPE-EOF", "SIG-UNCATCHABLE");
    }

    @Test
    void anIdOutsideTheCatalogIsKeptAtTheEnd() {
        List<InvocationResult> extra = new java.util.ArrayList<>(allPassing());
        extra.add(inv("PIPE-TYPO", "native", "T.a", Verdict.PASS, "", 1));
        List<PropertyResult> results = Aggregator.aggregate(extra, TestData.catalog(), ADAPTERS, null);
        PropertyResult last = results.get(results.size() - 1);
        assertThat(last.property()).isEqualTo("PIPE-TYPO");
        assertThat(last.mechanism()).isNull();
        assertThat(last.level()).isNull();
    }

    @Test
    void theGateFailsOnlyOnMustFailTimeoutOrBroken() {
        List<PropertyResult> results = Aggregator.aggregate(allPassing(), TestData.catalog(), ADAPTERS, null);
        // SEM-UNDO-ON-EXIT fails on native but is a SHOULD; N/A and UNTESTED never fail the gate.
        assertThat(Gate.mustFailures(results)).isEmpty();
        assertThat(Gate.exitCode(results)).isEqualTo(Gate.PASSED);

        for (Verdict v : List.of(Verdict.FAIL, Verdict.TIMEOUT, Verdict.BROKEN)) {
            List<InvocationResult> failing = new java.util.ArrayList<>(allPassing());
            failing.add(inv("PIPE-EOF", "simulator", "E.b", v, "x", 1));
            List<PropertyResult> r = Aggregator.aggregate(failing, TestData.catalog(), ADAPTERS, null);
            assertThat(Gate.mustFailures(r)).extracting(p -> p.property() + "@" + p.adapter()).containsExactly("PIPE-EOF@simulator");
            assertThat(Gate.exitCode(r)).isEqualTo(Gate.MUST_FAILED);
        }
    }
}
