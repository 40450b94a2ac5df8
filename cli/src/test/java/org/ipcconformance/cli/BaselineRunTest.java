package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline on real runs of a planted fault: early-eof fails PIPE-EOF and leaves PIPE-ORDER passing. */
class BaselineRunTest {
    private static final String FAULT = "simulator:early-eof";

    @Test
    void aKnownDeviationIsXfailAndPassesTheGate(@TempDir Path tmp) throws Exception {
        Path baseline = tmp.resolve("known.yaml");
        Files.writeString(baseline, """
                deviations:
                  - property: PIPE-EOF
                    adapter: simulator:early-eof
                    reason: the planted fault ends the stream early
                    link: https://example.org/issues/1
                """);
        Path out = tmp.resolve("r");
        Cli cli = Cli.run("run", "--adapters", FAULT, "--properties", "PIPE-EOF,PIPE-ORDER", "--baseline", baseline.toString(),
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.resolve("conformance.json").toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("baseline").asText()).isEqualTo(baseline.toString());
        JsonNode eof = result(root, "PIPE-EOF");
        assertThat(eof.get("verdict").asText()).isEqualTo("XFAIL");
        assertThat(eof.get("baseline").get("observed").asText()).isEqualTo("FAIL");
        assertThat(eof.get("baseline").get("source").asText()).isEqualTo(baseline + ":2");
        assertThat(eof.get("baseline").get("link").asText()).isEqualTo("https://example.org/issues/1");
        assertThat(eof.get("message").asText()).startsWith("known deviation (" + baseline + ":2: the planted fault ends the stream early");
        assertThat(result(root, "PIPE-ORDER").get("verdict").asText()).isEqualTo("PASS");
        assertThat(result(root, "PIPE-ORDER").has("baseline")).isFalse();
        assertThat(cli.out()).contains("Baseline: " + baseline + " (1 known deviation)", "XFAIL",
                "Known deviations (XFAIL, from the baseline):", "Gate: passed", "1 known deviation (XFAIL)");
    }

    @Test
    void aListedPropertyThatPassesIsXpassAndFailsTheGate(@TempDir Path tmp) throws Exception {
        Path baseline = tmp.resolve("stale.yaml");
        Files.writeString(baseline, """
                deviations:
                  - property: PIPE-EOF
                    adapter: simulator:early-eof
                    reason: known
                  - property: PIPE-ORDER
                    adapter: simulator:early-eof
                    platform: {os: %s}
                    reason: was broken once
                """.formatted(System.getProperty("os.name")));
        Path out = tmp.resolve("r");
        Cli cli = Cli.run("run", "--adapters", FAULT, "--properties", "PIPE-EOF,PIPE-ORDER", "--baseline", baseline.toString(),
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out.resolve("conformance.json").toFile());
        assertThat(result(root, "PIPE-EOF").get("verdict").asText()).isEqualTo("XFAIL");
        JsonNode order = result(root, "PIPE-ORDER");
        assertThat(order.get("verdict").asText()).isEqualTo("XPASS");
        assertThat(order.get("baseline").get("observed").asText()).isEqualTo("PASS");
        assertThat(order.get("message").asText()).contains(baseline + ":5", "passes now", "stale");
        assertThat(cli.out()).contains("Results that fail the gate:", "(stale baseline entry)", "Gate: failed (1 result: 1 XPASS");
    }

    @Test
    void withoutTheBaselineTheSameFaultFailsTheGate(@TempDir Path tmp) {
        Cli cli = Cli.run("run", "--adapters", FAULT, "--properties", "PIPE-EOF", "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("(MUST property)", "Gate: failed (1 result: 1 FAIL)");
    }

    @Test
    void aMalformedBaselineStopsTheRunAtOnceWithTheFileTheLineAndWhatIsAccepted(@TempDir Path tmp) throws Exception {
        Map<String, String> cases = new HashMap<>();
        cases.put("deviations:\n  - property: PIPE-EOF\n    adapter: natve\n    reason: r\n",
                "line 3: unknown adapter 'natve'; known adapters: ");
        cases.put("deviations:\n  - property: PIPE-EOFF\n    adapter: native\n    reason: r\n",
                "line 2: unknown property 'PIPE-EOFF'; known PIPE-* properties: ");
        cases.put("deviations:\n  - property: PIPE-EOF\n    adapter: simulator:no-such-fault\n    reason: r\n",
                "line 3: adapter simulator has no planted fault 'no-such-fault'; its faults: ");
        cases.put("deviations:\n  - property: PIPE-EOF\n    adapter: native\n    reason: r\n    platform:\n      kernel: newer\n",
                "line 6: bad kernel range 'newer'");
        int n = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = tmp.resolve("bad" + n++ + ".yaml");
            Files.writeString(file, c.getKey());
            Path out = tmp.resolve("out" + n);
            Cli cli = Cli.run("run", "--adapters", "simulator", "--baseline", file.toString(), "--out", out.toString());
            assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(2);
            assertThat(cli.err()).startsWith("ipc-conformance: " + file + " " + c.getValue());
            assertThat(cli.err().lines().count()).as("one line").isEqualTo(1);
            assertThat(out).as("nothing ran").doesNotExist();
        }
    }

    private static JsonNode result(JsonNode root, String property) {
        for (JsonNode r : root.get("results")) {
            if (r.get("property").asText().equals(property)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + property);
    }
}
