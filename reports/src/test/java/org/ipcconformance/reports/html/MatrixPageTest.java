package org.ipcconformance.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Aggregator;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.reports.merge.MergeInput;
import org.ipcconformance.reports.merge.ReportMerger;
import org.ipcconformance.reports.model.ConformanceReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's structure, parsed as a browser would (jsoup); MatrixBrowserTest runs it in Chromium. */
class MatrixPageTest {
    private final ConformanceReport report = TestData.report();
    private final String html = MatrixPage.render(report, TestData.catalog());
    private final Document doc = Jsoup.parse(html);

    @Test
    void rowsAreGroupedByMechanismWithAColumnPerAdapter() {
        assertThat(doc.select("#matrix thead th.adapter").eachText()).containsExactly("native6.1.0", "simulator0.1.0");
        assertThat(doc.select("#matrix > tbody").eachAttr("data-mechanism"))
                .containsExactly("GENERAL", "PIPE", "FIFO", "SIGNAL", "SEMAPHORE");
        assertThat(doc.select("#matrix > tbody[data-mechanism=PIPE] tr.prop").eachAttr("id")).containsExactly("p-PIPE-BYTE-STREAM", "p-PIPE-EOF");
        assertThat(doc.select("#matrix tr.mechanism").eachText()).containsExactly("General", "Pipe", "FIFO (named pipe)", "Signal", "Semaphore");
        assertThat(doc.select("#p-SEM-UNDO-ON-EXIT td.level").text()).isEqualTo("SHOULD");
    }

    @Test
    void eachCellCarriesItsVerdictAsTextColourTooltipAndDetailButton() {
        Elements cells = doc.select("#matrix td.v");
        assertThat(cells).hasSize(12);   // 6 properties x 2 adapters
        for (Element td : cells) {
            Verdict v = Verdict.valueOf(td.attr("data-verdict"));
            assertThat(td.hasClass("v-" + v.name())).isTrue();
            assertThat(td.text()).isEqualTo(v.label());
            assertThat(td.attr("title")).startsWith(v.meaning());
            assertThat(td.select("button[data-cell]")).hasSize(1);
        }
        Element failing = doc.selectFirst("#p-PIPE-BYTE-STREAM td[data-col=0]");
        assertThat(failing.attr("title")).isEqualTo("the property does not hold\nexpected <abcd> but was <ab> & more\n(7 ms)");
        assertThat(html).contains(".v-FAIL {", ".v-UNTESTED {", ".v-XFAIL {", ".v-XPASS {", "repeating-linear-gradient");
    }

    @Test
    void aVerdictThisPageHasNoStyleForStillGetsOne() {
        // a verdict added later has a class v-NAME that no rule names: the generic rule colours it
        assertThat(html).contains("td.v:not(.v-PASS):not(.v-FAIL)");
    }

    @Test
    void aPassWithSomeMethodsNotApplicableIsMarked() {
        List<InvocationResult> invocations = List.of(
                TestData.inv("IPC-KERNEL-COPY", "jdk", "KernelCopySpec.inSelf", Verdict.PASS, "", 3),
                TestData.inv("IPC-KERNEL-COPY", "jdk", "KernelCopySpec.inAChild", Verdict.NOT_APPLICABLE, "jdk lacks X", 0));
        Document page = Jsoup.parse(MatrixPage.render(new ConformanceReport(report.run(),
                Aggregator.aggregate(invocations, TestData.catalog(), List.of("jdk"), null)), TestData.catalog()));
        assertThat(page.select("#p-IPC-KERNEL-COPY td.v-PASS").text()).isEqualTo("PASS*");
        assertThat(page.select("section.legend").text()).contains("PASS* : passed, but some");
        assertThat(doc.select("#matrix td.v").eachText()).doesNotContain("PASS*");
    }

    @Test
    void everythingFromOutsideIsEscaped() {
        assertThat(html).doesNotContain("<abcd>", "host<1>", "\"quoted\" reason");
        assertThat(html).contains("host&lt;1&gt;", "&quot;quoted&quot; reason");
        String hostile = MatrixPage.render(SampleRuns.linux(), SampleRuns.catalog());
        assertThat(hostile).doesNotContain("<script>alert");
        Document page = Jsoup.parse(hostile);
        assertThat(page.select("script")).hasSize(2);
        assertThat(page.selectFirst("#p-PIPE-ATOMIC-WRITE td[data-col=0]").attr("title")).contains(SampleRuns.HOSTILE);
    }

    @Test
    void itNeedsNothingFromTheNetwork() throws Exception {
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp.attr("content")).startsWith("default-src 'none';").contains("form-action 'none'");
        // the policy allows exactly the page's own style and script, by their hashes
        assertThat(csp.attr("content")).contains("style-src '" + MatrixPage.sha256(doc.selectFirst("style").data()) + "'",
                "script-src '" + MatrixPage.sha256(doc.selectFirst("script:not([type])").data()) + "'");
        assertThat(doc.select("[src], link, img, iframe, object, embed, [style]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#p-"));
        assertThat(doc.selectFirst("style").data()).doesNotContain("@import", "url(", "http");
        assertThat(doc.selectFirst("script:not([type])").data()).doesNotContain("fetch(", "XMLHttpRequest", "http", "innerHTML");
    }

    @Test
    void theHeaderShowsTheEnvironmentTheScoresAndTheLegendEveryVerdict() {
        assertThat(doc.select("section.env").text()).contains("6.1.0-18-amd64", "glibc 2.36", "Debian 17.0.15", "Linux (amd64)",
                "2.57 s", "gcc 12", "30 s per spec");
        // native: IPC-KERNEL-COPY and FIFO-NONBLOCK-OPEN pass, PIPE-BYTE-STREAM fails, PIPE-EOF times out (MUST);
        // simulator: IPC-KERNEL-COPY and PIPE-BYTE-STREAM pass, PIPE-EOF is BROKEN, FIFO not applicable
        assertThat(doc.select("table.scores tbody tr").eachText()).containsExactly(
                "native 2 / 4 50 % 50 % 1 / 1 100 % 100 % 0 0 1",
                "simulator 2 / 3 66 % 66 % 1 / 1 100 % 100 % 1 0 1");
        for (Verdict v : Verdict.values()) {
            assertThat(doc.select("section.legend").text()).contains(v.meaning());
        }
    }

    @Test
    void theDisagreementsAreListedAndMarked() {
        // simulator vs native: PIPE-BYTE-STREAM PASS vs FAIL, PIPE-EOF BROKEN vs TIMEOUT; FIFO N/A is not compared
        assertThat(doc.select("#disagreements tbody tr").eachText()).containsExactly(
                "PIPE-BYTE-STREAM Title of PIPE-BYTE-STREAM MUST simulator PASS native FAIL",
                "PIPE-EOF Title of PIPE-EOF MUST simulator BROKEN native TIMEOUT");
        assertThat(doc.select("#matrix tr[data-disagree]").eachAttr("id")).containsExactly("p-PIPE-BYTE-STREAM", "p-PIPE-EOF");
        assertThat(doc.select("#matrix td.differs")).hasSize(2);
    }

    @Test
    void aMergedPageHasAColumnPerHostAndAdapterAndComparesHosts() {
        ConformanceReport merged = ReportMerger.merge(List.of(new MergeInput(Path.of("a"), SampleRuns.linux()),
                new MergeInput(Path.of("b"), SampleRuns.mac())), SampleRuns.catalog());
        Document page = Jsoup.parse(MatrixPage.render(merged, SampleRuns.catalog()));
        assertThat(page.select("#matrix thead th.adapter .host").eachText())
                .containsExactly("build-linux", "build-linux", "build-linux", "build-mac", "build-mac");
        assertThat(page.select("section.env table.sources tbody tr")).hasSize(2);
        // the Mac's native passes PIPE-ATOMIC-WRITE, which the Linux native fails
        assertThat(page.select("#disagreements tbody tr").eachText())
                .anyMatch(t -> t.startsWith("PIPE-ATOMIC-WRITE") && t.contains("native@build-mac PASS native@build-linux FAIL"));
    }

    @Test
    void theDetailDataHoldsEachCellWithItsMethodsAndTheCatalogText() throws Exception {
        Document page = Jsoup.parse(MatrixPage.render(SampleRuns.linux(), SampleRuns.catalog()));
        String json = page.selectFirst("script#ipc-data").data();
        assertThat(json).doesNotContain("<", ">", "&");
        JsonNode data = new ObjectMapper().readTree(json);
        assertThat(data.get("cells")).hasSize(page.select("#matrix button[data-cell]").size());
        int n = Integer.parseInt(page.selectFirst("#p-MQ-SELECTIVE-RECEIVE td[data-col=0] button").attr("data-cell"));
        JsonNode cell = data.get("cells").get(n);
        assertThat(cell.get("verdict").asText()).isEqualTo("PASS");
        assertThat(cell.get("methods").get(0).get("variant").asText()).isEqualTo("System V");
        assertThat(cell.get("methods").get(1).get("variant").asText()).isEqualTo("POSIX");
        assertThat(cell.get("methods").get(1).get("evidence").get("received first").asText()).isEqualTo("priority 7 \"urgent\"");
        int eof = Integer.parseInt(page.selectFirst("#p-PIPE-EOF td[data-col=0] button").attr("data-cell"));
        assertThat(data.get("cells").get(eof).get("methods").get(0).has("variant")).isFalse();
        JsonNode prop = data.get("properties").get("MQ-SELECTIVE-RECEIVE");
        assertThat(prop.get("statement").asText()).isEqualTo(SampleRuns.catalog().find("MQ-SELECTIVE-RECEIVE").orElseThrow().statement());
        assertThat(prop.get("references")).isNotEmpty();
        assertThat(prop.get("basis").get(0).asText()).isEqualTo("SEED");
        assertThat(prop.get("standard")).extracting(JsonNode::asText).containsExactly("xsi", "posix-option:MSG");
        int failing = Integer.parseInt(page.selectFirst("#p-PIPE-ATOMIC-WRITE td[data-col=0] button").attr("data-cell"));
        assertThat(data.get("cells").get(failing).get("message").asText()).isEqualTo(SampleRuns.HOSTILE);
    }

    @Test
    void rowsCarryTheirStandardsAndTheFiltersOfferThoseOfThePage() {
        Document page = Jsoup.parse(MatrixPage.render(SampleRuns.linux(), SampleRuns.catalog()));
        assertThat(page.selectFirst("#p-MQ-SELECTIVE-RECEIVE").attr("data-standard")).isEqualTo("xsi posix-option:MSG");
        assertThat(page.selectFirst("#p-SHM-LIFETIME").attr("data-standard")).isEqualTo("xsi posix-option:SHM linux");
        assertThat(page.selectFirst("#p-PIPE-EOF").attr("data-standard")).isEqualTo("posix");
        assertThat(page.select("#filters fieldset[data-filter]").eachAttr("data-filter"))
                .containsExactly("mechanism", "level", "standard", "verdict", "column");
        // in the catalog's order of standards
        assertThat(page.select("#filters fieldset[data-filter=standard] input").eachAttr("value")).containsExactly(
                "posix", "posix-option:MSG", "posix-option:SEM", "posix-option:SHM", "posix-option:TMO", "posix-option:RTS",
                "xsi", "linux");
        assertThat(page.select("#filters fieldset[data-filter=standard] input[checked]")).hasSize(8);
        // TestData's catalog has only POSIX base properties
        assertThat(doc.select("#filters fieldset[data-filter=standard] input").eachAttr("value")).containsExactly("posix");
    }

    @Test
    void aRowOutsideThisToolsCatalogWithoutAStandardIsFilteredAsNotGiven() {
        // a report written before standards existed, read with a catalog that does not know its properties
        String older = ConformanceJson.toJson(report).replaceAll("\\s*\"standard\" : \\[[^\\]]*\\],", "");
        Document page = Jsoup.parse(MatrixPage.render(ConformanceJson.fromJson(older), new CatalogView(List.of(), Set.of())));
        assertThat(page.select("#matrix tr.prop").eachAttr("data-standard")).hasSize(6).containsOnly(Sections.NO_STANDARD);
        assertThat(page.select("#filters fieldset[data-filter=standard] label").eachText()).containsExactly("not given");
        // the same report with this tool's catalog shows the catalog's standards
        Document known = Jsoup.parse(MatrixPage.render(ConformanceJson.fromJson(older), TestData.catalog()));
        assertThat(known.select("#matrix tr.prop").eachAttr("data-standard")).containsOnly("posix");
    }

    @Test
    void thePrintStyleHidesTheControls() {
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("@media print", "form.filters, dialog", "print-color-adjust: exact", "@page { size: landscape");
        assertThat(doc.selectFirst("#filters").hasAttr("hidden")).as("filters stay hidden without script").isTrue();
    }

    @Test
    void itIsWrittenAsIndexHtml(@TempDir Path dir) throws Exception {
        Path file = MatrixPage.write(report, TestData.catalog(), dir);
        assertThat(file.getFileName().toString()).isEqualTo("index.html");
        assertThat(Files.readString(file)).isEqualTo(html);
    }
}
