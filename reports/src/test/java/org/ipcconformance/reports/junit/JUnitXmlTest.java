package org.ipcconformance.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.baseline.BaselineEntry;
import org.ipcconformance.reports.baseline.Platform;
import org.ipcconformance.reports.model.ConformanceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlTest {

    @Test
    void oneFilePerAdapterWhoseTestNamesCarryTheAdapter(@TempDir Path dir) throws Exception {
        ConformanceReport report = TestData.report();
        List<Path> files = JUnitXml.write(report, dir);
        assertThat(files).containsExactly(dir.resolve("junit/TEST-native.xml"), dir.resolve("junit/TEST-simulator.xml"));

        Document nativeXml = parse(files.get(0));
        Element suite = nativeXml.getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("ipc-conformance [native]");
        // Five native spec methods; the pending SIG-UNCATCHABLE has no test case.
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(names(nativeXml)).allMatch(n -> n.startsWith("[native] "))
                .contains("[native] PIPE-BYTE-STREAM PipeSpec.stream", "[native] PIPE-EOF PipeSpec.eof");
        Element eof = testcase(nativeXml, "[native] PIPE-EOF PipeSpec.eof");
        assertThat(eof.getAttribute("classname")).isEqualTo("native.PipeSpec");
        Element failure = (Element) eof.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("TIMEOUT");
        assertThat(failure.getAttribute("message")).isEqualTo("TIMEOUT: ran past 5 s");

        Document sim = parse(files.get(1));
        assertThat(sim.getDocumentElement().getAttribute("errors")).isEqualTo("1");
        assertThat(sim.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        Element fifo = testcase(sim, "[simulator] FIFO-NONBLOCK-OPEN FifoSpec.nonblock");
        assertThat(((Element) fifo.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("NOT_APPLICABLE: simulator lacks FIFO: \"quoted\" reason");
        assertThat(fifo.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("opened: fd 7\n");
    }

    @Test
    void eachVariantOfAMethodIsATestCaseOfItsOwn(@TempDir Path dir) throws Exception {
        Document simulator = parse(JUnitXml.write(SampleRuns.linux(), dir).get(1));
        String method = SampleRuns.SELECTIVE_RECEIVE;
        assertThat(names(simulator)).contains("[simulator] MQ-SELECTIVE-RECEIVE " + method + " (System V)",
                "[simulator] MQ-SELECTIVE-RECEIVE " + method + " (POSIX)", "[simulator] PIPE-EOF PipeEofSpec.holds")
                .doesNotHaveDuplicates();
        assertThat(testcase(simulator, "[simulator] MQ-SELECTIVE-RECEIVE " + method + " (POSIX)").getAttribute("classname"))
                .isEqualTo("simulator.MqSelectiveReceiveSpec");
    }

    @Test
    void aBaselinedFailureIsSkippedAsXfailAndAFaultsFileNameIsSafe(@TempDir Path dir) throws Exception {
        ConformanceReport raw = TestData.report();
        Baseline baseline = new Baseline("b.yaml", List.of(new BaselineEntry("PIPE-BYTE-STREAM", "native", null, "known", null, 2)));
        ConformanceReport report = new ConformanceReport(raw.run(), baseline.apply(raw.results(), new Platform("Linux", "6.1")));
        Document xml = parse(JUnitXml.write(report, dir).get(0));
        Element stream = testcase(xml, "[native] PIPE-BYTE-STREAM PipeSpec.stream");
        assertThat(stream.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) stream.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .startsWith("XFAIL: known deviation (b.yaml:2: known); observed FAIL: expected <abcd>");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(JUnitXml.fileName("simulator:early-eof")).isEqualTo("TEST-simulator_early-eof.xml");
        assertThat(JUnitXml.clean("a\u0001b")).isEqualTo("a?b");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> names(Document doc) {
        List<String> names = new ArrayList<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no test case " + name + " in " + names(doc));
    }
}
