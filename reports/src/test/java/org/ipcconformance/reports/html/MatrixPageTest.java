package org.ipcconformance.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Aggregator;
import org.ipcconformance.reports.collect.InvocationResult;
import org.ipcconformance.reports.model.ConformanceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MatrixPageTest {
    private final ConformanceReport report = TestData.report();
    private final String html = MatrixPage.render(report);

    private Document parse() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void itIsWellFormed() throws Exception {
        Document doc = parse();
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(doc.getElementsByTagName("table").getLength()).isEqualTo(2);
    }

    @Test
    void everyPropertyAndAdapterIsShown() {
        report.results().forEach(r -> assertThat(html).contains(r.property()));
        assertThat(html).contains(">native<", ">simulator<");
        assertThat(html).contains("Pipe", "FIFO (named pipe)", "General", "Semaphore", "Signal");
    }

    @Test
    void eachCellCarriesItsVerdictAsTextColourAndTooltip() throws Exception {
        NodeList cells = parse().getElementsByTagName("td");
        int verdictCells = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            Element td = (Element) cells.item(i);
            String cls = td.getAttribute("class");
            if (cls.startsWith("v v-") && td.hasAttribute("title")) {
                Verdict v = Verdict.valueOf(cls.substring(4));
                assertThat(td.getTextContent()).isEqualTo(v.label());
                verdictCells++;
            }
        }
        // 6 properties x 2 adapters
        assertThat(verdictCells).isEqualTo(12);
        assertThat(html).contains("title=\"the property does not hold\nexpected &lt;abcd&gt; but was &lt;ab&gt; &amp; more\n(7 ms)\"");
        assertThat(html).contains(".v-FAIL {", ".v-UNTESTED {", "repeating-linear-gradient");
    }

    @Test
    void aPassWithSomeMethodsNotApplicableIsMarked() {
        List<InvocationResult> invocations = List.of(
                TestData.inv("IPC-KERNEL-COPY", "jdk", "KernelCopySpec.inSelf", Verdict.PASS, "", 3),
                TestData.inv("IPC-KERNEL-COPY", "jdk", "KernelCopySpec.inAChild", Verdict.NOT_APPLICABLE, "jdk lacks X", 0));
        String page = MatrixPage.render(new ConformanceReport(report.run(),
                Aggregator.aggregate(invocations, TestData.catalog(), List.of("jdk"), null)));
        assertThat(page).contains(">PASS*</td>", "PASS* : passed, but some");
        assertThat(html).doesNotContain(">PASS*</td>");
    }

    @Test
    void everythingFromOutsideIsEscaped() {
        assertThat(html).doesNotContain("<abcd>", "host<1>", "\"quoted\" reason");
        assertThat(html).contains("host&lt;1&gt;", "&quot;quoted&quot; reason");
    }

    @Test
    void itNeedsNothingFromTheNetwork() {
        assertThat(html).doesNotContain("http", "<script", "<link", "src=", "@import", "url(");
    }

    @Test
    void theHeaderShowsTheEnvironmentAndTheLegendEveryVerdict() {
        assertThat(html).contains("6.1.0-18-amd64", "glibc 2.36", "Debian 17.0.15", "Linux (amd64)", "2.57 s", "gcc 12");
        for (Verdict v : Verdict.values()) {
            assertThat(html).contains(v.meaning());
        }
    }

    @Test
    void itIsWrittenAsIndexHtml(@TempDir Path dir) throws Exception {
        Path file = MatrixPage.write(report, dir);
        assertThat(file.getFileName().toString()).isEqualTo("index.html");
        assertThat(Files.readString(file)).isEqualTo(html);
    }
}
