package org.ipcconformance.reports.collect;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Aggregation;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to a JUnit Platform run of the suites and turns every finished test invocation into an
 * {@link InvocationResult}: attributed to (property, adapter, variant) by the report entries each
 * spec invocation publishes ({@link ReportKeys}), classified by {@link Classifier}.
 *
 * <p>A container that fails or is skipped as a whole (a class that cannot be instantiated, a
 * template whose adapters could not be provided) does not vanish: each spec method below it gets
 * a BROKEN (or NOT_APPLICABLE when skipped or aborted) result for every adapter of the run that
 * it has no result for. Thread-safe: parallel execution may call it from several threads.
 */
public final class ResultCollector implements TestExecutionListener {
    private final List<String> adapters;
    private final ProgressListener progress;

    private TestPlan plan;
    private final Map<String, Long> startedNanos = new HashMap<>();
    private final Map<String, Map<String, String>> entries = new HashMap<>();
    private final List<InvocationResult> invocations = new ArrayList<>();
    private final List<ContainerFailure> containerFailures = new ArrayList<>();
    private final List<String> unattributed = new ArrayList<>();
    /** Spec-method templates not finished yet: unique id to property. */
    private final Map<String, String> openTemplates = new LinkedHashMap<>();
    private final Set<String> finishedProperties = new HashSet<>();
    private int done;
    private int total;

    /**
     * @param adapters the adapter ids of the run, in report order (ids seen in entries are added)
     * @param progress told about each (property, adapter) as soon as its verdict is final
     */
    public ResultCollector(List<String> adapters, ProgressListener progress) {
        this.adapters = new ArrayList<>(adapters);
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    public ResultCollector(List<String> adapters) {
        this(adapters, ProgressListener.NONE);
    }

    /** Every invocation so far, in order of completion. */
    public synchronized List<InvocationResult> invocations() {
        return List.copyOf(invocations);
    }

    /** Containers that failed as a whole. */
    public synchronized List<ContainerFailure> containerFailures() {
        return List.copyOf(containerFailures);
    }

    /** Tests that ran but name no property (no entry, no annotation): not part of any verdict. */
    public synchronized List<String> unattributed() {
        return List.copyOf(unattributed);
    }

    /** The adapters of the run plus any that only report entries named. */
    public synchronized List<String> adapters() {
        return List.copyOf(adapters);
    }

    /** Whether the plan held any test or spec template at all. */
    public synchronized boolean planHadTests() {
        return plan != null && plan.containsTests();
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        Set<String> properties = new LinkedHashSet<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                if (id.isContainer()) {
                    id.getSource().flatMap(SpecMethods::propertyOf).ifPresent(p -> {
                        openTemplates.put(id.getUniqueId(), p);
                        properties.add(p);
                    });
                }
            }
        }
        total = properties.size() * adapters.size();
        progress.planned(total);
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        startedNanos.put(id.getUniqueId(), System.nanoTime());
        if (id.isTest()) {
            propertyOf(id).ifPresent(p -> progress.invocationStarted(p, adapterFromName(id.getDisplayName()).orElse(null)));
        }
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entries.computeIfAbsent(id.getUniqueId(), k -> new LinkedHashMap<>()).putAll(entry.getKeyValuePairs());
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        String message = "skipped: " + (reason == null || reason.isBlank() ? "no reason given" : reason);
        Classification c = new Classification(Verdict.NOT_APPLICABLE, message, null);
        if (id.isTest()) {
            recordInvocation(id, c, 0);
        } else {
            attributeToMissing(id, c, 0);
            closeTemplates(id);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Long start = startedNanos.remove(id.getUniqueId());
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        Classification c = Classifier.classify(result);
        if (id.isTest()) {
            recordInvocation(id, c, millis);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // The whole container failed: its spec methods are BROKEN, or NOT_APPLICABLE if it aborted.
            Classification forMethods = result.getStatus() == TestExecutionResult.Status.ABORTED
                    ? c : new Classification(Verdict.BROKEN, c.message(), detailOf(result));
            int attributed = attributeToMissing(id, forMethods, millis);
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                containerFailures.add(new ContainerFailure(describe(id), c.message(), detailOf(result), attributed));
            }
        }
        if (id.isContainer()) {
            closeTemplates(id);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        // Properties whose templates never reported (none in the plan, say) are final now.
        Set<String> properties = new LinkedHashSet<>();
        invocations.forEach(i -> properties.add(i.property()));
        openTemplates.clear();
        properties.forEach(this::finishProperty);
    }

    private void recordInvocation(TestIdentifier id, Classification c, long millis) {
        Map<String, String> e = entriesOf(id);
        Optional<String> property = Optional.ofNullable(e.get(ReportKeys.PROPERTY)).or(() -> propertyOf(id));
        if (property.isEmpty()) {
            unattributed.add(describe(id) + ": " + c.verdict() + (c.message().isEmpty() ? "" : " " + c.message()));
            return;
        }
        String adapter = Optional.ofNullable(e.get(ReportKeys.ADAPTER))
                .or(() -> adapterFromName(id.getDisplayName()))
                .orElse("unknown");
        if (!adapters.contains(adapter)) {
            adapters.add(adapter);
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        e.forEach((k, v) -> {
            if (k.startsWith(ReportKeys.EVIDENCE_PREFIX)) {
                evidence.put(k.substring(ReportKeys.EVIDENCE_PREFIX.length()), v);
            }
        });
        if (c.absentOption() != null) {
            evidence.put(MethodResult.ABSENT_OPTION, c.absentOption());
        }
        invocations.add(new InvocationResult(property.get(), adapter, methodNameOf(id), e.get(ReportKeys.VARIANT),
                c.verdict(), c.message(), c.detail(), millis, evidence));
    }

    /** Gives every spec method below a container a result on each adapter that lacks one. */
    private int attributeToMissing(TestIdentifier id, Classification c, long millis) {
        int count = 0;
        for (SpecMethod m : specMethodsUnder(id)) {
            for (String adapter : List.copyOf(adapters)) {
                boolean has = invocations.stream().anyMatch(i -> i.property().equals(m.property())
                        && i.adapter().equals(adapter) && i.method().equals(m.name()));
                if (!has) {
                    invocations.add(new InvocationResult(m.property(), adapter, m.name(), c.verdict(), c.message(),
                            c.detail(), millis, Map.of()));
                    count++;
                }
            }
        }
        return count;
    }

    private record SpecMethod(String property, String name) {
    }

    private List<SpecMethod> specMethodsUnder(TestIdentifier id) {
        List<SpecMethod> found = new ArrayList<>();
        Optional<Method> method = id.getSource().flatMap(SpecMethods::methodOf);
        if (method.isPresent()) {
            MethodSource ms = (MethodSource) id.getSource().get();
            SpecMethods.propertyOf(method.get()).ifPresent(p ->
                    found.add(new SpecMethod(p, SpecMethods.nameOf(ms.getClassName(), ms.getMethodName()))));
            return found;
        }
        Optional<Class<?>> type = id.getSource().flatMap(SpecMethods::classOf);
        if (type.isPresent()) {
            for (Method m : SpecMethods.specMethodsOf(type.get())) {
                found.add(new SpecMethod(SpecMethods.propertyOf(m).orElseThrow(), SpecMethods.nameOf(type.get(), m)));
            }
        }
        // Spec templates known from the plan below it (nested classes, for instance).
        if (plan != null) {
            for (TestIdentifier d : descendantsOf(id)) {
                d.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast).ifPresent(ms ->
                        SpecMethods.propertyOf(ms).ifPresent(p -> {
                            SpecMethod sm = new SpecMethod(p, SpecMethods.nameOf(ms.getClassName(), ms.getMethodName()));
                            if (!found.contains(sm)) {
                                found.add(sm);
                            }
                        }));
            }
        }
        return found;
    }

    private Set<TestIdentifier> descendantsOf(TestIdentifier id) {
        try {
            return plan.getDescendants(id);
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /** Marks the templates at or below a finished container as done, and reports completed properties. */
    private void closeTemplates(TestIdentifier id) {
        String uid = id.getUniqueId();
        Set<String> touched = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, String>> it = openTemplates.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            if (e.getKey().equals(uid) || e.getKey().startsWith(uid + "/")) {
                touched.add(e.getValue());
                it.remove();
            }
        }
        for (String property : touched) {
            if (!openTemplates.containsValue(property)) {
                finishProperty(property);
            }
        }
    }

    private void finishProperty(String property) {
        if (!finishedProperties.add(property)) {
            return;
        }
        for (String adapter : List.copyOf(adapters)) {
            List<InvocationResult> runs = invocations.stream()
                    .filter(i -> i.property().equals(property) && i.adapter().equals(adapter)).toList();
            if (!runs.isEmpty()) {
                done++;
                progress.propertyFinished(Aggregation.combine(property, adapter, runs), done, Math.max(done, total));
            }
        }
    }

    /** The entries of an invocation, with those of its ancestors underneath (the nearest wins). */
    private Map<String, String> entriesOf(TestIdentifier id) {
        List<TestIdentifier> chain = new ArrayList<>();
        for (Optional<TestIdentifier> c = Optional.of(id); c.isPresent(); c = parentOf(c.get())) {
            chain.add(0, c.get());
        }
        Map<String, String> merged = new LinkedHashMap<>();
        chain.forEach(t -> merged.putAll(entries.getOrDefault(t.getUniqueId(), Map.of())));
        return merged;
    }

    private Optional<TestIdentifier> parentOf(TestIdentifier id) {
        if (plan == null) {
            return Optional.empty();
        }
        try {
            return plan.getParent(id);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The property of an invocation by its own or its template's {@code @Property} annotation. */
    private Optional<String> propertyOf(TestIdentifier id) {
        for (Optional<TestIdentifier> c = Optional.of(id); c.isPresent(); c = parentOf(c.get())) {
            Optional<String> p = c.get().getSource().flatMap(SpecMethods::propertyOf);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private String methodNameOf(TestIdentifier id) {
        for (Optional<TestIdentifier> c = Optional.of(id); c.isPresent(); c = parentOf(c.get())) {
            if (c.get().getSource().orElse(null) instanceof MethodSource ms) {
                return SpecMethods.nameOf(ms.getClassName(), ms.getMethodName());
            }
        }
        return id.getDisplayName();
    }

    /** The run adapter whose id the display name carries; the longest match wins (simulator:x over simulator). */
    private Optional<String> adapterFromName(String displayName) {
        return adapters.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(displayName::contains)
                .findFirst();
    }

    private String describe(TestIdentifier id) {
        String where = id.getSource().map(s -> {
            if (s instanceof MethodSource ms) {
                return SpecMethods.nameOf(ms.getClassName(), ms.getMethodName());
            }
            return s instanceof ClassSource cs ? cs.getClassName() : s.toString();
        }).orElse(id.getUniqueId());
        return id.getDisplayName() + " [" + where + "]";
    }

    private static String detailOf(TestExecutionResult result) {
        return result.getThrowable().map(Messages::detailOf).orElse(null);
    }
}
