package org.ipcconformance.reports.allure;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Allure results of a run. Allure's own JUnit Platform listener ({@link AllureJunitPlatform})
 * hears the run and builds each test's result; this listener passes every event on to it and
 * keeps the report entries the specs published (property, adapter, evidence). Once the report is
 * built, {@link #write} gives each test the catalog's view of it ({@link AllureMapping}) and writes
 * the results folder. The specs themselves know nothing of Allure.
 */
public final class AllureRecorder implements TestExecutionListener {
    /** The folder of a run's report folder that holds the Allure results. */
    public static final String RESULTS_FOLDER = "allure-results";

    private final BufferedResults buffer = new BufferedResults();
    private final AllureJunitPlatform allure = new AllureJunitPlatform(new AllureLifecycle(buffer));
    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        allure.testPlanExecutionStarted(testPlan);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        allure.testPlanExecutionFinished(testPlan);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        allure.executionStarted(id);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        allure.executionSkipped(id, reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        allure.executionFinished(id, result);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entries.computeIfAbsent(id.getUniqueId(), k -> new ConcurrentHashMap<>()).putAll(entry.getKeyValuePairs());
        allure.reportingEntryPublished(id, entry);
    }

    /**
     * Writes {@code dir/allure-results} (replacing what an earlier run left there): a result per
     * spec invocation, labelled from the catalog and the report, its evidence as attachments,
     * {@code environment.properties} and {@code categories.json}.
     *
     * @return the results folder
     */
    public Path write(Path dir, ConformanceReport report, CatalogView catalog) {
        Path results = dir.resolve(RESULTS_FOLDER);
        try {
            if (Files.exists(results)) {
                RunDirectory.deleteTree(results);
            }
            Files.createDirectories(results);
            FileSystemResultsWriter out = new FileSystemResultsWriter(results);
            AllureMapping mapping = new AllureMapping(report, catalog);
            Map<String, byte[]> attachments = new LinkedHashMap<>(buffer.attachments());
            for (TestResult test : buffer.tests()) {
                Map<String, String> published = entries.getOrDefault(uniqueIdOf(test), Map.of());
                attachments.putAll(mapping.apply(test, published));
                out.write(test);
            }
            for (TestResultContainer container : buffer.containers()) {
                out.write(container);
            }
            attachments.forEach((source, bytes) -> out.write(source, new ByteArrayInputStream(bytes)));
            AllureFiles.writeEnvironment(results, report.run(), report.baseline());
            AllureFiles.writeCategories(results);
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Allure results to " + results + ": " + e.getMessage(), e);
        }
    }

    /** The JUnit unique id Allure's listener puts on every result as a label. */
    static String uniqueIdOf(TestResult test) {
        return labelOf(test, AllureJunitPlatform.JUNIT_PLATFORM_UNIQUE_ID);
    }

    static String labelOf(TestResult test, String name) {
        List<io.qameta.allure.model.Label> labels = test.getLabels();
        return labels.stream().filter(l -> name.equals(l.getName())).map(io.qameta.allure.model.Label::getValue)
                .findFirst().orElse("");
    }
}
