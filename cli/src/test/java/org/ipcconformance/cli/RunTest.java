package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {

    @Test
    void aSimulatorRunWritesBothReportsWithTheContractFieldsAndPassesTheGate(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        Cli cli = Cli.run("run", "--adapters", "simulator", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        assertThat(out.resolve("conformance.json")).isRegularFile();
        assertThat(out.resolve("index.html")).isRegularFile();

        JsonNode root = new ObjectMapper().readTree(out.resolve("conformance.json").toFile());
        JsonNode run = root.get("run");
        for (String field : new String[] {"startedAt", "host", "os", "kernel", "libc", "jdk", "adapters", "wallMillis"}) {
            assertThat(run.hasNonNull(field)).as("run." + field).isTrue();
        }
        assertThat(run.get("adapters").get(0).get("id").asText()).isEqualTo("simulator");
        assertThat(run.get("adapters").get(0).hasNonNull("version")).isTrue();

        Catalog catalog = Catalog.standard();
        Set<String> seen = new HashSet<>();
        for (JsonNode r : root.get("results")) {
            for (String field : new String[] {"property", "adapter", "verdict", "message", "durationMillis"}) {
                assertThat(r.has(field)).as("results[]." + field).isTrue();
            }
            assertThat(r.get("adapter").asText()).isEqualTo("simulator");
            String id = r.get("property").asText();
            seen.add(id);
            assertThat(r.get("verdict").asText()).as(id).isEqualTo(catalog.isPending(id) ? "UNTESTED" : "PASS");
        }
        assertThat(seen).hasSize(catalog.properties().size());

        String html = Files.readString(out.resolve("index.html"));
        catalog.properties().forEach(p -> assertThat(html).contains(p.id()));
        assertThat(cli.out()).contains("adapter", "PASS", "gate failures", "Timing: wall time of the run", "Reports: ",
                out.resolve("conformance.json").toString(), "Gate: passed");
    }

    @Test
    void aSelectionRunsOnlyTheChosenPropertiesAndPrintsAPlainLineForEach(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        Cli cli = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-BYTE-STREAM,FIFO-NONBLOCK-OPEN",
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(out.resolve("conformance.json").toFile()).get("results");
        assertThat(results.size()).isEqualTo(2);
        assertThat(cli.out().lines().filter(l -> l.matches("\\[\\s*\\d+/2] PASS\\s+.*simulator.*"))).hasSize(2);
    }

    @Test
    void theStartUpSweepSaysWhatItRemovedAndTheRunLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path root = RunDirectory.root();
        Files.createDirectories(root);
        Path dead = root.resolve("run-999999999-0");
        Files.createDirectories(dead.resolve("s1"));
        Files.writeString(dead.resolve("owner"), "999999999 ?\n");
        Cli cli = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-EOF", "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("Start-up sweep: removed 1 dead run(s)", dead.toString());
        assertThat(dead).doesNotExist();
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("run directories of this JVM left behind").noneMatch(n -> n.startsWith("run-" + ProcessHandle.current().pid() + "-"));
        }
    }

    @Test
    void aPlantedFaultFailsTheGateWithExitCodeOne(@TempDir Path tmp) {
        String fault = org.ipcconformance.spec.spi.AdapterRegistry.shared().provider("simulator").faults().keySet()
                .iterator().next();
        Cli cli = Cli.run("run", "--adapters", "simulator:" + fault, "--timeout", "5", "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("Results that fail the gate:", "Gate: failed");
    }

    @Test
    void aSpecThatHangsBecomesATimeoutAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
        // lost-wakeup leaves a blocked reader asleep with data waiting: a real hang, not a slow spec.
        Cli cli = Cli.run("run", "--adapters", "simulator:lost-wakeup", "--properties", "PIPE-EOF", "--timeout", "2",
                "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(tmp.resolve("conformance.json").toFile()).get("results").get(0);
        assertThat(result.get("verdict").asText()).isEqualTo("TIMEOUT");
        assertThat(result.get("message").asText()).contains("time limit");
        Set<String> methodVerdicts = new HashSet<>();
        result.get("methods").forEach(m -> methodVerdicts.add(m.get("verdict").asText()));
        assertThat(methodVerdicts).as("the hanging method timed out and the other one still ran").containsExactlyInAnyOrder("TIMEOUT", "PASS");
    }
}
