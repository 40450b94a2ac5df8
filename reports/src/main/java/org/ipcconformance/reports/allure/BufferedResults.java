package org.ipcconformance.reports.allure;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what Allure's listener writes during the run in memory: a test's labels and status can
 * only be decided once the run is over (the baseline applies to a property, which several spec
 * methods decide together).
 */
final class BufferedResults implements AllureResultsWriter {
    private final List<TestResult> tests = new ArrayList<>();
    private final List<TestResultContainer> containers = new ArrayList<>();
    private final Map<String, byte[]> attachments = new LinkedHashMap<>();

    @Override
    public synchronized void write(TestResult testResult) {
        tests.add(testResult);
    }

    @Override
    public synchronized void write(TestResultContainer container) {
        containers.add(container);
    }

    @Override
    public synchronized void write(String source, InputStream attachment) {
        try (InputStream in = attachment) {
            attachments.put(source, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer Allure attachment " + source + ": " + e.getMessage(), e);
        }
    }

    synchronized List<TestResult> tests() {
        return List.copyOf(tests);
    }

    synchronized List<TestResultContainer> containers() {
        return List.copyOf(containers);
    }

    synchronized Map<String, byte[]> attachments() {
        return Map.copyOf(attachments);
    }
}
