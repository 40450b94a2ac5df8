package org.ipcconformance.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.junit.jupiter.api.Test;

class BaselineTest {
    private static final Platform LINUX_6_1 = new Platform("Linux", "6.1.0-18-amd64");

    private static PropertyResult result(String id, String adapter, Verdict v, Level level) {
        return new PropertyResult(id, Mechanism.PIPE, "t", level, List.of("posix"), adapter, v, "observed message", 3, Map.of(), List.of());
    }

    private static BaselineEntry entry(String id, String adapter, PlatformMatch platform, int line) {
        return new BaselineEntry(id, adapter, platform, "because", "https://example.org/1", line);
    }

    @Test
    void aListedFailureIsXfailAndAListedPassIsXpassWithTheEntryRecorded() {
        Baseline b = new Baseline("known.yaml", List.of(entry("PIPE-EOF", "jdk", null, 3), entry("PIPE-ORDER", "jdk", null, 7),
                entry("PIPE-BROKEN", "jdk", null, 11)));
        List<PropertyResult> out = b.apply(List.of(
                result("PIPE-EOF", "jdk", Verdict.FAIL, Level.MUST),
                result("PIPE-EOF", "native", Verdict.FAIL, Level.MUST),
                result("PIPE-ORDER", "jdk", Verdict.PASS, Level.MUST),
                result("PIPE-BROKEN", "jdk", Verdict.TIMEOUT, Level.MUST)), LINUX_6_1);

        assertThat(out).extracting(r -> r.property() + "@" + r.adapter() + "=" + r.verdict())
                .containsExactly("PIPE-EOF@jdk=XFAIL", "PIPE-EOF@native=FAIL", "PIPE-ORDER@jdk=XPASS", "PIPE-BROKEN@jdk=XFAIL");
        PropertyResult xfail = out.get(0);
        assertThat(xfail.message()).isEqualTo("known deviation (known.yaml:3: because (https://example.org/1)); "
                + "observed FAIL: observed message");
        assertThat(xfail.baseline().observed()).isEqualTo(Verdict.FAIL);
        assertThat(xfail.baseline().source()).isEqualTo("known.yaml:3");
        assertThat(xfail.baseline().link()).isEqualTo("https://example.org/1");
        assertThat(out.get(1).baseline()).isNull();
        assertThat(out.get(2).message()).contains("known.yaml:7", "passes now", "stale");
        assertThat(out.get(3).baseline().observed()).isEqualTo(Verdict.TIMEOUT);
    }

    @Test
    void conformanceJsonCarriesTheBaselineVerdictsAndFileWithinSchemaVersionOne() {
        ConformanceReport raw = TestData.report();
        Baseline b = new Baseline("known.yaml", List.of(entry("PIPE-BYTE-STREAM", "native", null, 4),
                entry("IPC-KERNEL-COPY", "simulator", null, 9)));
        ConformanceReport report = new ConformanceReport(ConformanceReport.SCHEMA_VERSION, raw.run(),
                b.apply(raw.results(), LINUX_6_1), b.file());
        String json = ConformanceJson.toJson(report);
        assertThat(json).contains("\"schemaVersion\" : 1", "\"baseline\" : \"known.yaml\"", "\"verdict\" : \"XFAIL\"",
                "\"verdict\" : \"XPASS\"", "\"observed\" : \"FAIL\"", "\"source\" : \"known.yaml:4\"");
        ConformanceReport back = ConformanceJson.fromJson(json);
        assertThat(back).isEqualTo(report);
        assertThat(ConformanceJson.toJson(raw)).doesNotContain("\"baseline\"");
    }

    @Test
    void brokenNotApplicableAndUntestedStayAsTheyAre() {
        Baseline b = new Baseline("b", List.of(entry("PIPE-EOF", "jdk", null, 1)));
        for (Verdict v : List.of(Verdict.BROKEN, Verdict.NOT_APPLICABLE, Verdict.UNTESTED)) {
            PropertyResult r = result("PIPE-EOF", "jdk", v, Level.MUST);
            assertThat(b.apply(r, LINUX_6_1)).as(v.name()).isSameAs(r);
        }
    }

    @Test
    void anEntryForAnotherPlatformDoesNotApply() {
        Baseline b = new Baseline("b", List.of(
                entry("PIPE-EOF", "native", new PlatformMatch("macos", null), 1),
                entry("PIPE-ORDER", "native", new PlatformMatch(null, KernelRange.parse("<6")), 5)));
        assertThat(b.apply(result("PIPE-EOF", "native", Verdict.FAIL, Level.MUST), LINUX_6_1).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(b.apply(result("PIPE-EOF", "native", Verdict.FAIL, Level.MUST), new Platform("Mac OS X", "23.1.0")).verdict())
                .isEqualTo(Verdict.XFAIL);
        assertThat(b.apply(result("PIPE-ORDER", "native", Verdict.FAIL, Level.MUST), LINUX_6_1).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(b.apply(result("PIPE-ORDER", "native", Verdict.FAIL, Level.MUST), new Platform("Linux", "5.10.0")).verdict())
                .isEqualTo(Verdict.XFAIL);
    }

    @Test
    void theGateFailsOnMustFailureXpassAndBrokenUnlessAllowed() {
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.FAIL, Level.MUST)))).isEqualTo(Gate.MUST_FAILED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.TIMEOUT, Level.MUST)))).isEqualTo(Gate.MUST_FAILED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.FAIL, Level.SHOULD)))).isEqualTo(Gate.PASSED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.XFAIL, Level.MUST)))).isEqualTo(Gate.PASSED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.XPASS, Level.MAY)))).isEqualTo(Gate.MUST_FAILED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.BROKEN, Level.SHOULD)))).isEqualTo(Gate.MUST_FAILED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.BROKEN, Level.MUST)), true)).isEqualTo(Gate.PASSED);
        assertThat(Gate.exitCode(List.of(result("A-B", "x", Verdict.NOT_APPLICABLE, Level.MUST),
                result("A-C", "x", Verdict.UNTESTED, Level.MUST), result("A-D", "x", Verdict.PASS, Level.MUST))))
                .isEqualTo(Gate.PASSED);
    }

    @Test
    void underXfailTheFailingMethodsAreXfailAndUnderXpassThePassingOnesXpass() {
        assertThat(Baseline.methodVerdict(Verdict.XFAIL, Verdict.FAIL)).isEqualTo(Verdict.XFAIL);
        assertThat(Baseline.methodVerdict(Verdict.XFAIL, Verdict.TIMEOUT)).isEqualTo(Verdict.XFAIL);
        assertThat(Baseline.methodVerdict(Verdict.XFAIL, Verdict.PASS)).isEqualTo(Verdict.PASS);
        assertThat(Baseline.methodVerdict(Verdict.XPASS, Verdict.PASS)).isEqualTo(Verdict.XPASS);
        assertThat(Baseline.methodVerdict(Verdict.XPASS, Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(Baseline.methodVerdict(Verdict.FAIL, Verdict.FAIL)).isEqualTo(Verdict.FAIL);
    }
}
