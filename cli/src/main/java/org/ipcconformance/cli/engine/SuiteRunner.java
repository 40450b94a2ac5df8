package org.ipcconformance.cli.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ipcconformance.reports.aggregate.Aggregator;
import org.ipcconformance.reports.allure.AllureRecorder;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.baseline.Platform;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.ProgressListener;
import org.ipcconformance.reports.collect.ResultCollector;
import org.ipcconformance.reports.env.Environment;
import org.ipcconformance.reports.env.SystemAccount;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.HarnessException;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the suites through the JUnit Platform Launcher, in this JVM, on the chosen adapters, and
 * turns what the {@link ResultCollector} heard into a {@link ConformanceReport}.
 */
public final class SuiteRunner {
    private SuiteRunner() {
    }

    /**
     * @param adapters       ids as {@link AdapterRegistry#parse} returns them
     * @param timeoutSeconds each spec's time limit, or null for the suites' default
     * @param properties     the selected IDs, or null for the whole catalog
     * @param baseline       the known deviations ({@link Baseline#NONE} for none)
     * @param allure         hears the run for the Allure results, or null for none
     * @param label          names the runtime certified ({@code run --label}): columns {@code adapter@label}; null for none
     * @param sideBySide     how many spec invocations may run at once (1: one after the other).
     *                       Only for adapters whose sandboxes share nothing (the simulator's).
     */
    public record Request(List<String> adapters, Integer timeoutSeconds, Set<String> properties, Baseline baseline,
                          AllureRecorder allure, String label, int sideBySide) {
        public Request {
            adapters = List.copyOf(adapters);
            properties = properties == null ? null : Set.copyOf(properties);
            baseline = baseline == null ? Baseline.NONE : baseline;
            if (sideBySide < 1) {
                throw new IllegalArgumentException("sideBySide must be at least 1, not " + sideBySide);
            }
        }

        public Request(List<String> adapters, Integer timeoutSeconds, Set<String> properties, Baseline baseline,
                       AllureRecorder allure, String label) {
            this(adapters, timeoutSeconds, properties, baseline, allure, label, 1);
        }

        public Request(List<String> adapters, Integer timeoutSeconds, Set<String> properties) {
            this(adapters, timeoutSeconds, properties, Baseline.NONE, null, null, 1);
        }

        /** The report's columns: the adapter ids, each with {@code @label} in a labelled run. */
        public List<String> columns() {
            return adapters.stream().map(a -> ReportKeys.column(a, label)).toList();
        }
    }

    /**
     * What a run produced.
     *
     * @param harnessProblems what kept the harness itself from running (beyond single specs): a
     *                        non-empty list means exit code 2 whatever the verdicts
     */
    public record Outcome(ConformanceReport report, ResultCollector collector, List<String> harnessProblems) {
        public List<PropertyResult> results() {
            return report.results();
        }
    }

    public static Outcome run(Request request, CatalogView catalog, RunDirectory runDirectory, ProgressListener progress) {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        List<AdapterInfo> adapterInfos = open(request.adapters(), request.label(), runDirectory);

        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(ReportKeys.SUITES_PACKAGE))
                .configurationParameter(ReportKeys.ADAPTERS_PARAMETER, String.join(",", request.adapters()));
        if (request.label() != null) {
            builder.configurationParameter(ReportKeys.LABEL_PARAMETER, request.label());
        }
        if (request.timeoutSeconds() != null) {
            builder.configurationParameter(ReportKeys.TIMEOUT_PARAMETER, request.timeoutSeconds().toString());
        }
        if (request.sideBySide() > 1) {
            sideBySide(builder, request.sideBySide());
        }
        if (request.properties() != null) {
            builder.filters(Selection.filter(request.properties()));
        }
        LauncherDiscoveryRequest discovery = builder.build();
        Platform platform = Platform.current();
        Baseline baseline = request.baseline();
        // The console hears verdicts with the baseline applied, as the report will show them.
        ProgressListener live = baseline.isEmpty() ? progress : new BaselineProgress(progress, baseline, platform);
        ResultCollector collector = new ResultCollector(request.columns(), live);
        List<TestExecutionListener> listeners = new ArrayList<>(List.of(collector));
        if (request.allure() != null) {
            listeners.add(request.allure());
        }
        // No listener or filter from the class path: Allure's would register itself and write
        // ./allure-results wherever the command runs; the CLI puts its own on the launcher.
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build();
        LauncherFactory.create(config).execute(discovery, listeners.toArray(TestExecutionListener[]::new));

        Instant finishedAt = Instant.now();
        long wallMillis = (System.nanoTime() - t0) / 1_000_000;
        List<PropertyResult> results = baseline.apply(Aggregator.aggregate(collector.invocations(), catalog,
                collector.adapters(), request.properties()), platform);
        String libc = Environment.libc(adapterInfos);
        RunInfo run = new RunInfo(startedAt.toString(), finishedAt.toString(), Environment.host(), Environment.os(),
                Environment.arch(), Environment.kernel(), libc, Environment.jdk(),
                adapterInfos, wallMillis, request.timeoutSeconds(), List.of(), SystemAccount.describe(libc));
        return new Outcome(new ConformanceReport(ConformanceReport.SCHEMA_VERSION, run, results,
                baseline == Baseline.NONE ? null : baseline.file()), collector, harnessProblems(request, catalog, collector));
    }

    /**
     * Jupiter's parallel execution with a fixed number of threads: each spec invocation has its
     * own sandbox, so invocations may overlap; the time limit's wait blocks a worker without
     * starting another (saturate), so no more than {@code threads} run at once.
     */
    private static void sideBySide(LauncherDiscoveryRequestBuilder builder, int threads) {
        builder.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(threads))
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.max-pool-size", Integer.toString(threads))
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.saturate", "true");
    }

    /**
     * Opens every adapter before the suites start: one that cannot open is a harness error that
     * stops the run at once, rather than a column of BROKEN cells; and its version and
     * environment go into the report's header.
     */
    private static List<AdapterInfo> open(List<String> ids, String label, RunDirectory runDirectory) {
        List<AdapterInfo> infos = new ArrayList<>();
        for (String id : ids) {
            Adapter adapter;
            try {
                adapter = AdapterRegistry.shared().open(id, runDirectory);
            } catch (HarnessException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new HarnessException("adapter " + id + " could not be opened: " + e, e);
            }
            infos.add(new AdapterInfo(ReportKeys.column(id, label), orElse(adapter::version, e -> "unknown (" + e.getMessage() + ")"),
                    orElse(adapter::environment, e -> Map.of("error", String.valueOf(e.getMessage()))),
                    label == null ? null : id, null, null, null, label));
        }
        return infos;
    }

    private static List<String> harnessProblems(Request request, CatalogView catalog, ResultCollector collector) {
        List<String> problems = new ArrayList<>();
        collector.containerFailures().stream().filter(f -> f.attributed() == 0)
                .forEach(f -> problems.add(f.name() + " failed: " + f.message()));
        boolean executableSelected = catalog.properties().stream()
                .anyMatch(p -> !catalog.isPending(p.id()) && (request.properties() == null || request.properties().contains(p.id())));
        if (executableSelected && !collector.planHadTests()) {
            problems.add("no spec found in package " + ReportKeys.SUITES_PACKAGE
                    + " on the class path: is ipc-suites missing from it?");
        }
        return problems;
    }

    /** An adapter's self-description must not stop the run: a failure becomes the text shown. */
    private static <T> T orElse(Supplier<T> get, Function<RuntimeException, T> fallback) {
        try {
            return get.get();
        } catch (RuntimeException e) {
            return fallback.apply(e);
        }
    }
}
