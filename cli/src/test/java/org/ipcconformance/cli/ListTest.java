package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.catalog.Catalog;
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
            assertThat(row).contains(p.level().name(), catalog.isPending(p.id()) ? "pending" : "executable", p.title());
        }
        assertThat(cli.out()).contains("Catalog: " + catalog.properties().size() + " properties");
    }
}
