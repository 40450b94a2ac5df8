package org.ipcconformance.cli.selftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipcconformance.cli.engine.Adapters;
import org.ipcconformance.cli.engine.SuiteRunner;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.ProgressListener;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.UnknownAdapterException;

/**
 * The proof that the specs can fail: the suite runs once on the clean simulator and on every
 * planted fault of it, all in one launcher run (each fault is an adapter of its own). The clean
 * model must pass every executable property, and each executable property must fail (FAIL or
 * TIMEOUT: "killed") under at least one fault.
 */
public final class Selftest {
    public static final String SIMULATOR = "simulator";
    public static final int DEFAULT_TIMEOUT_SECONDS = 5;
    /**
     * Spec invocations at once: every sandbox is a model kernel of its own, so faults run side by
     * side; a few more than the cores, since a spec that hangs without a provable deadlock waits
     * out its time limit without using a core.
     */
    static final int SIDE_BY_SIDE = Math.max(2, Runtime.getRuntime().availableProcessors()) * 2;

    private Selftest() {
    }

    /** What a selftest run produced: the verdict analysis and the run it came from. */
    public record Outcome(SelftestResult result, SuiteRunner.Outcome run, Map<String, String> faults) {
    }

    public static Outcome run(CatalogView catalog, RunDirectory runDirectory, int timeoutSeconds, ProgressListener progress) {
        AdapterProvider simulator;
        try {
            simulator = Adapters.registry().provider(SIMULATOR);
        } catch (UnknownAdapterException e) {
            throw new HarnessException("the selftest needs the simulator adapter, which is not on the class path", e);
        }
        Map<String, String> faults = simulator.faults();
        List<String> adapters = new ArrayList<>();
        adapters.add(SIMULATOR);
        faults.keySet().forEach(f -> adapters.add(SIMULATOR + ":" + f));
        SuiteRunner.Outcome run = SuiteRunner.run(new SuiteRunner.Request(adapters, timeoutSeconds, null, null, null, null, SIDE_BY_SIDE), catalog,
                runDirectory, progress);
        return new Outcome(SelftestResult.of(run.results(), catalog, SIMULATOR, faults), run, faults);
    }
}
