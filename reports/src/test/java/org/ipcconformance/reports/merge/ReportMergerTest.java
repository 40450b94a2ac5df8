package org.ipcconformance.reports.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMergerTest {
    private static ConformanceReport merged(ConformanceReport... runs) {
        return ReportMerger.merge(java.util.Arrays.stream(runs).map(r -> new MergeInput(Path.of("x"), r)).toList(),
                SampleRuns.catalog());
    }

    @Test
    void twoHostsGiveAColumnPerHostAndAdapterWithTheirEnvironment() {
        ConformanceReport m = merged(SampleRuns.linux(), SampleRuns.mac());
        assertThat(m.adapterIds()).containsExactly("native@build-linux", "simulator@build-linux", "jdk@build-linux",
                "native@build-mac", "jdk@build-mac");
        AdapterInfo mac = m.run().adapters().get(3);
        assertThat(mac.adapter()).isEqualTo("native");
        assertThat(mac.host()).isEqualTo("build-mac");
        assertThat(mac.os()).isEqualTo("Mac OS X");
        assertThat(mac.kernel()).isEqualTo("23.6.0");
        assertThat(m.run().sources()).extracting(r -> r.host()).containsExactly("build-linux", "build-mac");
        assertThat(m.run().host()).isEqualTo("build-linux, build-mac");
        assertThat(m.run().startedAt()).isEqualTo("2026-11-25T16:00:00Z");
        assertThat(m.run().finishedAt()).isEqualTo("2026-11-25T16:00:12Z");
        assertThat(m.run().isMerged()).isTrue();
    }

    @Test
    void everyResultIsKeptUnderItsNewColumnInCatalogOrder() {
        ConformanceReport linux = SampleRuns.linux();
        ConformanceReport mac = SampleRuns.mac();
        ConformanceReport m = merged(linux, mac);
        assertThat(m.results()).hasSize(linux.results().size() + mac.results().size());
        PropertyResult failing = m.results().stream()
                .filter(r -> r.property().equals("PIPE-ATOMIC-WRITE") && r.adapter().equals("native@build-linux")).findFirst().orElseThrow();
        assertThat(failing.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(failing.message()).isEqualTo(SampleRuns.HOSTILE);
        PropertyResult onMac = m.results().stream()
                .filter(r -> r.property().equals("PIPE-ATOMIC-WRITE") && r.adapter().equals("native@build-mac")).findFirst().orElseThrow();
        assertThat(onMac.verdict()).isEqualTo(Verdict.PASS);
        // catalog order: the first results are the general properties, each on all five columns in order
        assertThat(m.results().subList(0, 5)).extracting(PropertyResult::adapter).containsExactly(
                "native@build-linux", "simulator@build-linux", "jdk@build-linux", "native@build-mac", "jdk@build-mac");
        assertThat(m.results().get(0).property()).isEqualTo(m.results().get(4).property());
    }

    @Test
    void standardsAndVariantsStayWithTheirResults() {
        ConformanceReport m = merged(SampleRuns.linux(), SampleRuns.mac());
        PropertyResult queues = m.results().stream().filter(r -> r.property().equals("MQ-SELECTIVE-RECEIVE")
                && r.adapter().equals("simulator@build-linux")).findFirst().orElseThrow();
        assertThat(queues.standard()).containsExactly("xsi", "posix-option:MSG");
        assertThat(queues.methods()).extracting(MethodResult::label).containsExactly(
                SampleRuns.SELECTIVE_RECEIVE + " (System V)", SampleRuns.SELECTIVE_RECEIVE + " (POSIX)");
    }

    @Test
    void theMergedReportKeepsTheJsonContractAndMergesAgain(@TempDir Path dir) {
        ConformanceReport m = merged(SampleRuns.linux(), SampleRuns.mac());
        ConformanceJson.write(m, dir);
        ConformanceReport back = ConformanceJson.read(dir);
        assertThat(back).isEqualTo(m);
        ConformanceReport again = merged(back, SampleRuns.mac());
        assertThat(again.adapterIds()).endsWith("native@build-mac#2", "jdk@build-mac#2");
        assertThat(again.run().sources()).extracting(r -> r.host()).containsExactly("build-linux", "build-mac", "build-mac");
    }

    @Test
    void aMissingInputIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> MergeInput.read(List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(missing.toString()).hasMessageContaining("no such file");
        assertThatThrownBy(() -> MergeInput.read(List.of(dir)))
                .hasMessageStartingWith(dir.resolve("conformance.json").toString())
                .hasMessageContaining("the folder holds no conformance.json");
    }

    @Test
    void aMalformedInputSaysWhereAndWhat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("conformance.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"run\": {\"host\": \"h\",\n}");
        assertThatThrownBy(() -> MergeInput.read(List.of(dir)))
                .hasMessageStartingWith(file.toString()).hasMessageContaining("line 4");
        Files.writeString(file, ConformanceJson.toJson(SampleRuns.mac()).replace("\"verdict\" : \"PASS\"", "\"verdict\" : \"GREAT\""));
        assertThatThrownBy(() -> MergeInput.read(List.of(file)))
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("results[0] (IPC-ADDRESS-ISOLATION) on native has a missing or unknown \"verdict\"")
                .hasMessageContaining("accepted: PASS, FAIL");
        Files.writeString(file, "{\"schemaVersion\": 1, \"results\": []}");
        assertThatThrownBy(() -> MergeInput.read(List.of(file))).hasMessageContaining("no \"run\" object");
    }
}
