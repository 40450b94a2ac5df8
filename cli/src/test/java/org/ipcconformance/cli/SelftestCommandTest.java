package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's proof that every executable property can fail: the clean simulator passes them
 * all, and each fails under at least one planted fault. Also checks what the command prints and writes.
 */
class SelftestCommandTest {

    @Test
    void theCleanModelPassesEverythingAndEveryPropertyFailsUnderSomeFault(@TempDir Path tmp) throws Exception {
        // A short limit keeps the faults that make a spec hang quick; their TIMEOUT still counts as a
        // kill. The clean model's specs take milliseconds, far inside it even on a loaded machine.
        Cli cli = Cli.run("selftest", "--timeout", "3", "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
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
        assertThat(root.get("cleanFailures")).as("executable properties the clean simulator does not pass").isEmpty();
        assertThat(root.get("survivors")).as("executable properties that no planted fault makes fail").isEmpty();
        Catalog.standard().properties().stream().filter(p -> !Catalog.standard().isPending(p.id())).forEach(p -> {
            assertThat(root.get("clean").get(p.id()).asText()).as("clean verdict of " + p.id()).isEqualTo("PASS");
            assertThat(root.get("properties").get(p.id())).as("faults that kill " + p.id()).isNotEmpty();
        });
        assertThat(root.get("ok").asBoolean()).isTrue();
    }
}
