package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UNSUPPORTED provoked for real: the native adapter with msgget and mq_open answering ENOSYS
 * (native:message-queues-absent) and with mq_send alone answering it (native:posix-mq-partial),
 * the calls going through the adapter's errno mapping as a kernel's ENOSYS would.
 */
class UnsupportedOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABSENT = "native:message-queues-absent";
    private static final String PARTIAL = "native:posix-mq-partial";

    @Test
    void anAbsentOptionIsUnsupportedInEveryReportAndAPartialImplementationFails(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        Cli cli = Cli.run("run", "--adapters", ABSENT + "," + PARTIAL, "--properties", "MQ-REMOVAL", "--out", out.toString());
        assertThat(cli.exitCode()).as("the partial implementation fails the gate\n" + cli.out() + cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("UNSUPPORTED", "Options the implementation reports absent");

        JsonNode results = JSON.readTree(out.resolve("conformance.json").toFile()).get("results");
        JsonNode absent = result(results, ABSENT);
        assertThat(absent.get("verdict").asText()).isEqualTo("UNSUPPORTED");
        List<String> options = new ArrayList<>();
        absent.get("methods").forEach(m -> {
            assertThat(m.get("verdict").asText()).isEqualTo("UNSUPPORTED");
            options.add(m.get("evidence").get("absent option").asText());
        });
        // MQ-REMOVAL: two System V methods (a blocked receiver, a blocked sender) and one POSIX
        assertThat(options).containsExactlyInAnyOrder("xsi", "xsi", "posix-option:MSG");
        assertThat(absent.get("message").asText()).contains("ENOSYS");
        JsonNode partial = result(results, PARTIAL);
        assertThat(partial.get("verdict").asText()).as("mq_open worked, mq_send said ENOSYS").isEqualTo("FAIL");
        assertThat(partial.get("message").asText()).contains("mq_send", "ENOSYS");

        assertThat(Files.readString(out.resolve("junit/TEST-native_message-queues-absent.xml")))
                .contains("<skipped message=\"UNSUPPORTED: ");
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("v-UNSUPPORTED", "the implementation reports the optional feature absent");
        List<JsonNode> allure = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
                allure.add(JSON.readTree(f.toFile()));
            }
        }
        assertThat(allure).filteredOn(t -> t.get("name").asText().startsWith("[" + ABSENT + "]")).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.get("status").asText()).isEqualTo("skipped");
                    assertThat(t.get("statusDetails").get("message").asText()).startsWith("UNSUPPORTED:");
                });
    }

    @Test
    void anAbsentOptionFailsTheGateOnlyWhenRequired(@TempDir Path tmp) {
        Cli relaxed = Cli.run("run", "--adapters", ABSENT, "--properties", "MQ-REMOVAL", "--out", tmp.resolve("a").toString());
        assertThat(relaxed.exitCode()).as(relaxed.out() + relaxed.err()).isZero();
        Cli strict = Cli.run("run", "--adapters", ABSENT, "--properties", "MQ-REMOVAL", "--require-option", "msg",
                "--out", tmp.resolve("b").toString());
        assertThat(strict.exitCode()).as(strict.out() + strict.err()).isEqualTo(1);
        assertThat(strict.out()).contains("required posix-option:MSG absent");
        // The System V half passes where only POSIX queues are missing: a pass, but not with MSG required.
        Cli posixOnly = Cli.run("run", "--adapters", "native:posix-mq-absent", "--properties", "MQ-REMOVAL",
                "--require-option", "XSI", "--out", tmp.resolve("c").toString());
        assertThat(posixOnly.exitCode()).as(posixOnly.out() + posixOnly.err()).isZero();
        assertThat(posixOnly.out()).contains("PASS", "posix-option:MSG");
    }

    @Test
    void anUnknownOptionIsAUsageErrorListingTheAcceptedOnes() {
        Cli cli = Cli.run("run", "--adapters", "simulator", "--require-option", "MSG,QUEUES");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElse("")).contains("'QUEUES' is not an option",
                "MSG", "SEM", "SHM", "TMO", "RTS", "XSI");
    }

    private static JsonNode result(JsonNode results, String adapter) {
        for (JsonNode r : results) {
            if (r.get("adapter").asText().equals(adapter)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + adapter + " in " + results);
    }
}
