package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelftestCommandTest {

    @Test
    void printsWhatEachFaultKillsAndWritesSelftestJson(@TempDir Path tmp) throws Exception {
        // A short limit keeps the faults that make a spec hang quick; their TIMEOUT still counts as a kill.
        Cli cli = Cli.run("selftest", "--timeout", "2", "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isIn(0, 1);
        var faults = AdapterRegistry.shared().provider("simulator").faults();
        faults.keySet().forEach(f -> assertThat(cli.out()).contains("simulator:" + f));
        assertThat(cli.out()).contains("Clean simulator:", "Mutants", "Properties");

        JsonNode root = new ObjectMapper().readTree(tmp.resolve("selftest.json").toFile());
        assertThat(root.get("clean").isObject()).isTrue();
        assertThat(root.get("mutants").size()).isEqualTo(faults.size());
        faults.forEach((f, description) -> {
            assertThat(root.get("mutants").get(f).get("description").asText()).isEqualTo(description);
            assertThat(root.get("mutants").get(f).get("killed").isArray()).isTrue();
        });
        assertThat(root.get("properties").isObject()).isTrue();
        assertThat(root.get("ok").asBoolean()).isEqualTo(cli.exitCode() == 0);
    }
}
