package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was certified: the system's own account in the report, and labelled columns that merge apart. */
class LabelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void labelledRunsOfOneHostNameTheirColumnsAndMergeApart(@TempDir Path tmp) throws Exception {
        for (String label : List.of("runtime-a", "runtime-b")) {
            Cli cli = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-EOF", "--label", label,
                    "--out", tmp.resolve(label).toString());
            assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
            assertThat(cli.out()).contains("simulator@" + label, "System  uname: ");
            JsonNode run = JSON.readTree(tmp.resolve(label).resolve("conformance.json").toFile()).get("run");
            assertThat(run.get("adapters").get(0).get("id").asText()).isEqualTo("simulator@" + label);
            assertThat(run.get("adapters").get(0).get("adapter").asText()).isEqualTo("simulator");
            assertThat(run.get("adapters").get(0).get("label").asText()).isEqualTo(label);
            // The kernel's own words, quoted from where they were read.
            assertThat(run.get("system").get("uname").asText()).startsWith("Linux ");
            assertThat(run.get("system").get("/proc/version").asText()).isEqualTo(
                    Files.readString(Path.of("/proc/version")).strip());
            assertThat(Files.readString(tmp.resolve(label).resolve("index.html"))).contains("System: uname");
        }
        Cli merged = Cli.run("merge", tmp.resolve("runtime-a").toString(), tmp.resolve("runtime-b").toString(),
                "--out", tmp.resolve("m").toString());
        assertThat(merged.exitCode()).as(merged.out() + merged.err()).isZero();
        List<String> columns = new ArrayList<>();
        JSON.readTree(tmp.resolve("m").resolve("conformance.json").toFile()).get("run").get("adapters")
                .forEach(a -> columns.add(a.get("id").asText()));
        assertThat(columns).containsExactly("simulator@runtime-a", "simulator@runtime-b");
    }

    @Test
    void aLabelThatCannotNameAColumnIsRefused() {
        Cli cli = Cli.run("run", "--adapters", "simulator", "--label", "a b,c");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElse("")).contains("--label 'a b,c' must be");
    }
}
