package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * merge on real runs: two simulator runs of this machine, the second relabelled as another host
 * (as its conformance.json would come from a CI runner), give one matrix with both hosts' columns.
 */
class MergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    private static Path here;
    private static Path other;

    @BeforeAll
    static void twoRuns() throws Exception {
        here = tmp.resolve("here");
        Cli first = Cli.run("run", "--adapters", "simulator", "--mechanism", "pipe", "--out", here.toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        other = tmp.resolve("other");
        Cli second = Cli.run("run", "--adapters", "simulator", "--mechanism", "pipe", "--out", other.toString());
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        Path json = other.resolve("conformance.json");
        ObjectNode root = (ObjectNode) JSON.readTree(json.toFile());
        ObjectNode run = (ObjectNode) root.get("run");
        run.put("host", "macos-runner-3");
        run.put("os", "Mac OS X");
        run.put("kernel", "23.6.0");
        JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    }

    @Test
    void twoRunsFromDifferentHostsGiveBothColumns() throws Exception {
        Path out = tmp.resolve("merged");
        Cli cli = Cli.run("merge", here.toString(), other.resolve("conformance.json").toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        String host = JSON.readTree(here.resolve("conformance.json").toFile()).get("run").get("host").asText();

        JsonNode root = JSON.readTree(out.resolve("conformance.json").toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        List<String> columns = new ArrayList<>();
        root.get("run").get("adapters").forEach(a -> columns.add(a.get("id").asText()));
        assertThat(columns).containsExactly("simulator@" + host, "simulator@macos-runner-3");
        JsonNode mac = root.get("run").get("adapters").get(1);
        assertThat(mac.get("adapter").asText()).isEqualTo("simulator");
        assertThat(mac.get("os").asText()).isEqualTo("Mac OS X");
        assertThat(mac.get("kernel").asText()).isEqualTo("23.6.0");
        assertThat(root.get("run").get("sources")).hasSize(2);
        int pipeProperties = JSON.readTree(here.resolve("conformance.json").toFile()).get("results").size();
        assertThat(root.get("results")).hasSize(2 * pipeProperties);
        root.get("results").forEach(r -> assertThat(r.get("verdict").asText()).isEqualTo("PASS"));

        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(page.select("#matrix thead th.adapter .host").eachText()).containsExactly(host, "macos-runner-3");
        assertThat(page.select("#matrix tr.prop")).hasSize(pipeProperties);
        assertThat(cli.out()).contains("Merged 2 runs", "macos-runner-3 (Mac OS X 23.6.0)", "simulator@macos-runner-3",
                "Gate: passed (no merged result fails it)");
    }

    @Test
    void aMissingInputIsAnErrorThatNamesIt() {
        Path missing = tmp.resolve("no-such-run");
        Cli cli = Cli.run("merge", here.toString(), missing.toString(), "--out", tmp.resolve("m2").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("ipc-conformance: " + missing + ": no such file").doesNotContain("\tat ");
        assertThat(tmp.resolve("m2")).doesNotExist();
    }

    @Test
    void aMalformedInputIsAnErrorThatSaysWhereAndWhat() throws Exception {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("conformance.json"), "{\"schemaVersion\": 1, \"run\": {\"host\": \"x\"},\n \"results\": [ {\"property\": ");
        Cli cli = Cli.run("merge", here.toString(), broken.toString(), "--out", tmp.resolve("m3").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("ipc-conformance: " + broken.resolve("conformance.json") + ": not a conformance report (line 2")
                .doesNotContain("\tat ");

        Files.writeString(broken.resolve("conformance.json"), "{\"schemaVersion\": 1, \"results\": []}");
        cli = Cli.run("merge", broken.toString(), "--out", tmp.resolve("m3").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(broken.resolve("conformance.json") + ": no \"run\" object");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli noInput = Cli.run("merge", "--out", tmp.resolve("m4").toString());
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.err()).contains("Missing required parameter: 'DIR'");
        Cli noOut = Cli.run("merge", here.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
        Cli overwrite = Cli.run("merge", here.toString(), other.toString(), "--out", here.toString());
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("is also an input");
    }
}
