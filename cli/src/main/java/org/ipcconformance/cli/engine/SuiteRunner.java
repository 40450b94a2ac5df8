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
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.ProgressListener;
import org.ipcconformance.reports.collect.ResultCollector;
import org.ipcconformance.reports.env.Environment;
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
     */
    public record Request(List<String> adapters, Integer timeoutSeconds, Set<String> properties) {
        public Request {
            adapters = List.copyOf(adapters);
            properties = properties == null ? null : Set.copyOf(properties);
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
        List<AdapterInfo> adapterInfos = open(request.adapters(), runDirectory);

        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(ReportKeys.SUITES_PACKAGE))
                .configurationParameter(ReportKeys.ADAPTERS_PARAMETER, String.join(",", request.adapters()));
        if (request.timeoutSeconds() != null) {
            builder.configurationParameter(ReportKeys.TIMEOUT_PARAMETER, request.timeoutSeconds().toString());
        }
        if (request.properties() != null) {
            builder.filters(Selection.filter(request.properties()));
        }
        LauncherDiscoveryRequest discovery = builder.build();
        ResultCollector collector = new ResultCollector(request.adapters(), progress);
        LauncherFactory.create().execute(discovery, collector);

        Instant finishedAt = Instant.now();
        long wallMillis = (System.nanoTime() - t0) / 1_000_000;
        List<PropertyResult> results = Aggregator.aggregate(collector.invocations(), catalog, collector.adapters(),
                request.properties());
        RunInfo run = new RunInfo(startedAt.toString(), finishedAt.toString(), Environment.host(), Environment.os(),
                Environment.arch(), Environment.kernel(), Environment.libc(adapterInfos), Environment.jdk(),
                adapterInfos, wallMillis, request.timeoutSeconds());
        return new Outcome(new ConformanceReport(run, results), collector, harnessProblems(request, catalog, collector));
    }

    /**
     * Opens every adapter before the suites start: one that cannot open is a harness error that
     * stops the run at once, rather than a column of BROKEN cells; and its version and
     * environment go into the report's header.
     */
    private static List<AdapterInfo> open(List<String> ids, RunDirectory runDirectory) {
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
            infos.add(new AdapterInfo(id, orElse(adapter::version, e -> "unknown (" + e.getMessage() + ")"),
                    orElse(adapter::environment, e -> Map.of("error", String.valueOf(e.getMessage())))));
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
