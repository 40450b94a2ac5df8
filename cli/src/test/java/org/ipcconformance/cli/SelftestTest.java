package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ipcconformance.cli.engine.RunSession;
import org.ipcconformance.cli.selftest.Selftest;
import org.ipcconformance.cli.selftest.SelftestResult;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.ProgressListener;
import org.ipcconformance.spec.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's proof that its specs can fail: the clean simulator passes every executable
 * property, and every executable property fails under at least one planted fault.
 */
class SelftestTest {
    private static Selftest.Outcome outcome;

    @BeforeAll
    static void runTheSelftest() {
        StringWriter log = new StringWriter();
        try (RunSession session = RunSession.open(new PrintWriter(log), new PrintWriter(log))) {
            outcome = Selftest.run(CatalogView.of(Catalog.standard()), session.directory(), Selftest.DEFAULT_TIMEOUT_SECONDS,
                    ProgressListener.NONE);
        }
    }

    @Test
    void theHarnessRanEverything() {
        assertThat(outcome.run().harnessProblems()).isEmpty();
        assertThat(outcome.faults()).isNotEmpty();
    }

    @Test
    void theCleanSimulatorPassesEveryExecutableProperty() {
        SelftestResult r = outcome.result();
        assertThat(r.cleanFailures()).as("executable properties the clean simulator does not pass: %s", r.clean()).isEmpty();
    }

    @Test
    void everyExecutablePropertyIsKilledByAtLeastOnePlantedFault() {
        SelftestResult r = outcome.result();
        assertThat(r.survivors()).as("properties no planted fault makes fail").isEmpty();
        assertThat(r.ok()).isTrue();
    }
}
