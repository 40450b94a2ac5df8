package org.ipcconformance.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.reports.TestData;
import org.ipcconformance.reports.model.ConformanceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceJsonTest {

    @Test
    void aReportSurvivesARoundTripThroughAFile(@TempDir Path dir) {
        ConformanceReport report = TestData.report();
        Path file = ConformanceJson.write(report, dir.resolve("out"));
        assertThat(file).hasFileName("conformance.json").exists();
        assertThat(ConformanceJson.read(dir.resolve("out"))).isEqualTo(report);
        assertThat(ConformanceJson.read(file)).isEqualTo(report);
    }

    @Test
    void theContractFieldsAreThereByName() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ConformanceJson.toJson(TestData.report()));
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode run = root.get("run");
        for (String field : new String[] {"startedAt", "finishedAt", "host", "os", "kernel", "libc", "jdk", "adapters", "wallMillis"}) {
            assertThat(run.has(field)).as("run." + field).isTrue();
        }
        JsonNode adapter = run.get("adapters").get(0);
        assertThat(adapter.get("id").asText()).isEqualTo("native");
        assertThat(adapter.get("version").asText()).isEqualTo("6.1.0");
        assertThat(adapter.get("environment").get("cc").asText()).isEqualTo("gcc 12");

        JsonNode results = root.get("results");
        assertThat(results.isArray()).isTrue();
        JsonNode failing = null;
        for (JsonNode r : results) {
            for (String field : new String[] {"property", "mechanism", "title", "level", "standard", "adapter", "verdict",
                    "message", "durationMillis", "evidence", "methods"}) {
                assertThat(r.has(field)).as("results[]." + field).isTrue();
            }
            if (r.get("property").asText().equals("PIPE-BYTE-STREAM") && r.get("adapter").asText().equals("native")) {
                failing = r;
            }
        }
        assertThat(failing).isNotNull();
        assertThat(failing.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(failing.get("mechanism").asText()).isEqualTo("PIPE");
        assertThat(failing.get("level").asText()).isEqualTo("MUST");
        assertThat(failing.get("durationMillis").asLong()).isEqualTo(7);
        assertThat(failing.get("methods").get(0).get("name").asText()).isEqualTo("PipeSpec.stream");
        assertThat(failing.get("methods").get(0).has("detail")).isFalse();
        assertThat(failing.get("standard")).extracting(JsonNode::asText).containsExactly("posix");
        assertThat(failing.get("methods").get(0).has("variant")).as("a method without variants has none").isFalse();
    }

    @Test
    void aMethodRunPerVariantGivesOneEntryPerVariantAndAPropertyItsStandards() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ConformanceJson.toJson(SampleRuns.linux()));
        JsonNode queues = null;
        for (JsonNode r : root.get("results")) {
            if (r.get("property").asText().equals("MQ-SELECTIVE-RECEIVE") && r.get("adapter").asText().equals("native")) {
                queues = r;
            }
        }
        assertThat(queues).isNotNull();
        assertThat(queues.get("standard")).extracting(JsonNode::asText).containsExactly("xsi", "posix-option:MSG");
        assertThat(queues.get("methods")).extracting(m -> m.get("name").asText() + " / " + m.get("variant").asText())
                .containsExactly(SampleRuns.SELECTIVE_RECEIVE + " / System V", SampleRuns.SELECTIVE_RECEIVE + " / POSIX");
    }

    @Test
    void aSchemaOneFileWrittenBeforeStandardsAndVariantsStillReads() {
        ConformanceReport report = SampleRuns.linux();
        String older = ConformanceJson.toJson(report)
                .replaceAll("\\s*\"standard\" : \\[[^\\]]*\\],", "")
                .replaceAll("\\s*\"variant\" : \"[^\"]*\",", "");
        assertThat(older).doesNotContain("\"standard\"", "\"variant\"").contains("\"schemaVersion\" : 1");
        ConformanceReport read = ConformanceJson.fromJson(older);
        assertThat(read.results()).hasSameSizeAs(report.results()).allSatisfy(r -> {
            assertThat(r.standard()).isEmpty();
            assertThat(r.methods()).allSatisfy(m -> assertThat(m.variant()).isNull());
        });
        assertThat(read.results()).extracting(r -> r.property() + "@" + r.adapter() + " " + r.verdict())
                .containsExactlyElementsOf(report.results().stream()
                        .map(r -> r.property() + "@" + r.adapter() + " " + r.verdict()).toList());
    }

    @Test
    void unknownFieldsAreIgnoredAndANewerSchemaIsRefused(@TempDir Path dir) throws Exception {
        String json = ConformanceJson.toJson(TestData.report());
        String extended = json.replaceFirst("\\{", "{\"addedLater\": {\"x\": 1},");
        assertThat(ConformanceJson.fromJson(extended)).isEqualTo(TestData.report());

        Path newer = dir.resolve("conformance.json");
        Files.writeString(newer, json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        assertThatThrownBy(() -> ConformanceJson.read(newer)).hasMessageContaining("schema version 2");
        Files.writeString(newer, "[1, 2]");
        assertThatThrownBy(() -> ConformanceJson.read(newer)).hasMessageContaining("not a conformance report");
    }
}
