package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a run leaves for CI besides the matrix: Allure results labelled from the catalog, the
 * Allure HTML report generated offline with the unpacked command line (history carried from one
 * generation to the next), and JUnit XML per adapter.
 */
class AllureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunWritesLabelledAllureResultsJUnitXmlAndTheAllureReportWithHistory(@TempDir Path tmp) throws Exception {
        Path baseline = tmp.resolve("known.yaml");
        Files.writeString(baseline, "deviations:\n  - property: PIPE-EOF\n    adapter: simulator:early-eof\n"
                + "    reason: planted\n    link: https://example.org/issues/1\n");
        Path out = tmp.resolve("r");
        Cli cli = Cli.run("run", "--adapters", "simulator,simulator:early-eof", "--properties", "PIPE-EOF,PIPE-ORDER",
                "--baseline", baseline.toString(), "--allure", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();

        Path results = out.resolve("allure-results");
        List<JsonNode> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
                tests.add(JSON.readTree(f.toFile()));
            }
        }
        // PIPE-EOF has three spec methods, one of them run per pipe kind (4 invocations), and PIPE-ORDER
        // one, on each of two adapters.
        assertThat(tests).hasSize(10);
        Set<String> adapters = new HashSet<>();
        boolean evidenceSeen = false;
        for (JsonNode t : tests) {
            String name = t.get("name").asText();
            String adapter = parameter(t, "adapter");
            adapters.add(adapter);
            assertThat(name).startsWith("[" + adapter + "] PIPE-");
            assertThat(label(t, "epic")).as(name).containsExactly("Pipe");
            assertThat(label(t, "severity")).as(name).containsExactly("critical");
            assertThat(label(t, "parentSuite")).as(name).containsExactly(adapter);
            String id = name.substring(name.indexOf("] ") + 2, name.indexOf(' ', name.indexOf("] ") + 2));
            assertThat(label(t, "feature")).as(name).singleElement().asString().startsWith(id + ": ");
            List<String> links = new ArrayList<>();
            t.get("links").forEach(l -> links.add(l.get("url").asText()));
            assertThat(links).as(name).anyMatch(u -> u.startsWith("https://man7.org/linux/man-pages/man7/pipe.7.html"));
            for (JsonNode a : t.get("attachments")) {
                assertThat(a.get("name").asText()).startsWith("evidence: ");
                assertThat(results.resolve(a.get("source").asText())).isRegularFile();
                evidenceSeen = true;
            }
            String status = t.get("status").asText();
            String message = t.get("statusDetails").get("message").asText();
            if (adapter.equals("simulator:early-eof") && id.equals("PIPE-EOF") && !status.equals("passed")) {
                assertThat(status).isEqualTo("skipped");
                assertThat(message).startsWith("XFAIL: known deviation (" + baseline + ":2: planted");
                assertThat(links).contains("https://example.org/issues/1");
            } else {
                assertThat(status).as(name + ": " + message).isEqualTo("passed");
                assertThat(message).startsWith("PASS");
            }
        }
        assertThat(adapters).containsExactlyInAnyOrder("simulator", "simulator:early-eof");
        assertThat(tests).as("the planted fault's failure").anyMatch(t -> t.get("status").asText().equals("skipped"));
        assertThat(evidenceSeen).as("evidence attachments").isTrue();

        Properties env = new Properties();
        try (var in = Files.newInputStream(results.resolve("environment.properties"))) {
            env.load(in);
        }
        assertThat(env.stringPropertyNames()).contains("OS", "Kernel", "libc", "JDK", "Adapters", "Baseline");
        assertThat(env.getProperty("Adapters")).contains("simulator", "simulator:early-eof");
        List<String> categories = new ArrayList<>();
        JSON.readTree(results.resolve("categories.json").toFile()).forEach(c -> categories.add(c.get("name").asText()));
        assertThat(categories).extracting(c -> c.substring(0, c.indexOf(':')))
                .containsExactlyInAnyOrder("FAIL", "TIMEOUT", "BROKEN", "NOT_APPLICABLE", "UNSUPPORTED", "XFAIL", "XPASS");

        Path junit = out.resolve("junit/TEST-simulator_early-eof.xml");
        NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        for (int i = 0; i < cases.getLength(); i++) {
            assertThat(((Element) cases.item(i)).getAttribute("name")).startsWith("[simulator:early-eof] PIPE-");
        }
        assertThat(out.resolve("junit/TEST-simulator.xml")).isRegularFile();

        // The Allure report, generated by run --allure; a second generation carries the first one's history.
        Path report = out.resolve("allure-report");
        assertThat(report.resolve("index.html")).isRegularFile();
        assertThat(JSON.readTree(report.resolve("history/history-trend.json").toFile()).size()).isEqualTo(1);
        assertThat(cli.out()).contains("Reports: matrix", "json", "junit", "allure", report.resolve("index.html").toString());
        Cli again = Cli.run("report", "--allure", out.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("history of the previous report carried over");
        assertThat(JSON.readTree(report.resolve("history/history-trend.json").toFile()).size()).isEqualTo(2);
        JsonNode categoriesShown = JSON.readTree(report.resolve("data/categories.json").toFile());
        List<String> shown = new ArrayList<>();
        categoriesShown.get("children").forEach(c -> shown.add(c.get("name").asText()));
        assertThat(shown).anyMatch(c -> c.startsWith("XFAIL"));
    }

    @Test
    void reportWithoutResultsSaysWhatToRunFirst(@TempDir Path tmp) {
        Cli cli = Cli.run("report", "--allure", tmp.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("ipc-conformance: no Allure results at " + tmp.resolve("allure-results"))
                .contains("run `ipc-conformance run --out DIR` first");
    }

    private static List<String> label(JsonNode test, String name) {
        List<String> values = new ArrayList<>();
        test.get("labels").forEach(l -> {
            if (l.get("name").asText().equals(name)) {
                values.add(l.get("value").asText());
            }
        });
        return values;
    }

    private static String parameter(JsonNode test, String name) {
        for (JsonNode p : test.get("parameters")) {
            if (p.get("name").asText().equals(name)) {
                return p.get("value").asText();
            }
        }
        throw new AssertionError("no parameter " + name + " in " + test.get("name"));
    }
}
