package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.Standard;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.junit.jupiter.api.Test;

class ListTest {

    @Test
    void listsEveryAdapterWithItsAvailabilityAndFaults() {
        Cli cli = Cli.run("list");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        for (AdapterProvider p : AdapterRegistry.shared().providers()) {
            assertThat(cli.out()).contains(p.id(), p.description());
            assertThat(cli.out()).contains(p.unavailableReason().map(r -> "unavailable: " + r).orElse("available"));
            p.faults().forEach((fault, description) -> assertThat(cli.out()).contains(fault, description));
        }
        assertThat(cli.out()).contains("simulator", "planted faults (select as simulator:<fault>)");
    }

    @Test
    void listsTheCatalogWithLevelAndWhetherExecutable() {
        Cli cli = Cli.run("list");
        Catalog catalog = Catalog.standard();
        for (var p : catalog.properties()) {
            String row = cli.out().lines().filter(l -> l.strip().startsWith(p.id() + " ")).findFirst().orElseThrow();
            assertThat(row).contains(p.level().name(), catalog.isPending(p.id()) ? "pending" : "executable", p.title(),
                    String.join(", ", p.standard().stream().map(Standard::notation).toList()));
        }
        assertThat(cli.out()).contains("Catalog: " + catalog.properties().size() + " properties");
        String queues = cli.out().lines().filter(l -> l.strip().startsWith("MQ-IDENTIFIED-LIST ")).findFirst().orElseThrow();
        assertThat(queues).contains("xsi, posix-option:MSG");
    }

    @Test
    void listsWhatEachPropertyNeedsOfAnAdapter() {
        Cli cli = Cli.run("list", "--requirements");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("Requirements: ");
        for (var p : Catalog.standard().properties()) {
            assertThat(cli.out().lines()).as("a line for %s", p.id()).anyMatch(l -> l.strip().equals(p.id())
                    || l.strip().startsWith(p.id() + " "));
        }
    }

    @Test
    void markdownGoesOnlyWithRequirements() {
        Cli cli = Cli.run("list", "--markdown");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--markdown goes with --requirements");
        Cli table = Cli.run("list", "--requirements", "--markdown");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("| Mechanism |").contains("| Pipe |", "| Socket |");
    }
}
