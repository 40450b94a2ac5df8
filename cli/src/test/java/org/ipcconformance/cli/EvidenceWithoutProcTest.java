package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signal specs on native as it is and on native with /proc made to show no signal lines
 * (native:proc-without-signal-lines) or no process state either (native:proc-without-process-state):
 * the agents report their own pending set and mask (SIG_SETS), waitid says stopped, the harness's
 * ledger says idle. What no platform view can give is BROKEN naming why, never a guess.
 */
class EvidenceWithoutProcTest {
    private static final String NO_SIGNAL_LINES = "native:proc-without-signal-lines";
    private static final String NO_STATE = "native:proc-without-process-state";
    /** A stopped process cannot run sigpending: only /proc shows its pending set. */
    private static final String STOPPED_PENDING = "SIG-STOPPED-PENDING";
    /** Blocked inside a read and running look alike without /proc/PID/syscall. */
    private static final String SEND_ANY_STATE = "SIG-SEND-ANY-STATE";

    @Test
    void theSignalSpecsGiveTheSameVerdictsFromTheAgentsOwnAccount(@TempDir Path tmp) throws Exception {
        Cli cli = Cli.run("run", "--adapters", "native," + NO_SIGNAL_LINES + "," + NO_STATE, "--mechanism", "signal",
                "--out", tmp.toString());
        JsonNode results = new ObjectMapper().readTree(tmp.resolve("conformance.json").toFile()).get("results");
        Map<String, Map<String, JsonNode>> byProperty = new LinkedHashMap<>();
        results.forEach(r -> byProperty.computeIfAbsent(r.get("property").asText(), k -> new LinkedHashMap<>())
                .put(r.get("adapter").asText(), r));
        assertThat(byProperty).as(cli.out()).hasSizeGreaterThanOrEqualTo(8);
        byProperty.forEach((property, columns) -> {
            String reference = columns.get("native").get("verdict").asText();
            assertThat(reference).as(property + " on native").isEqualTo("PASS");
            // What no platform view can give is BROKEN naming why, never a guess: the pending set of a
            // stopped process, and whether a process inside a request is blocked (more properties ask
            // these as the catalog grows); every other verdict is native's.
            JsonNode withoutLines = columns.get(NO_SIGNAL_LINES);
            if (property.equals(STOPPED_PENDING) || isBrokenBecause(withoutLines, "cannot report its own")) {
                assertThat(withoutLines.get("verdict").asText()).isEqualTo("BROKEN");
                assertThat(withoutLines.get("message").asText()).contains(
                        property.equals(STOPPED_PENDING) ? "is stopped, so it cannot report its own" : "so it cannot report its own");
            } else {
                assertThat(withoutLines.get("verdict").asText()).as(property + " without signal lines: "
                        + withoutLines.get("message").asText()).isEqualTo(reference);
            }
            JsonNode withoutState = columns.get(NO_STATE);
            if (property.equals(SEND_ANY_STATE) || isBrokenBecause(withoutState, "cannot be told apart")) {
                assertThat(withoutState.get("verdict").asText()).isEqualTo("BROKEN");
                assertThat(withoutState.get("message").asText()).contains("cannot be told apart");
            } else if (!property.equals(STOPPED_PENDING) && !isBrokenBecause(withoutState, "cannot report its own")) {
                assertThat(withoutState.get("verdict").asText()).as(property + " without process state: "
                        + withoutState.get("message").asText()).isEqualTo(reference);
            }
        });
        // The mask and pending set came from the agent: SIG-BLOCKED-DEFERRED reads both, and SIG-UNCATCHABLE waits for STOPPED.
        assertThat(byProperty.get("SIG-BLOCKED-DEFERRED").get(NO_SIGNAL_LINES).get("verdict").asText()).isEqualTo("PASS");
        assertThat(byProperty.get("SIG-UNCATCHABLE").get(NO_STATE).get("verdict").asText()).isEqualTo("PASS");
    }

    private static boolean isBrokenBecause(JsonNode result, String why) {
        return result.get("verdict").asText().equals("BROKEN") && result.get("message").asText().contains(why);
    }
}
