package org.ipcconformance.reports.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Aggregation;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.aggregate.Outcome;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class ResultCollectorTest {
    private static final List<String> ADAPTERS = List.of("native", "simulator");
    private static ResultCollector collector;
    private static final List<Outcome> finished = new ArrayList<>();
    private static final List<Integer> planned = new ArrayList<>();

    @BeforeAll
    static void runTheFixtures() {
        collector = new ResultCollector(ADAPTERS, new ProgressListener() {
            @Override
            public void planned(int total) {
                planned.add(total);
            }

            @Override
            public void propertyFinished(Outcome outcome, int done, int total) {
                finished.add(outcome);
            }
        });
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Fixtures.MixedSpec.class), selectClass(Fixtures.VariantSpec.class),
                        selectClass(Fixtures.BeforeAllFailsSpec.class),
                        selectClass(Fixtures.ConstructorFailsSpec.class), selectClass(Fixtures.ExplodingProviderSpec.class))
                .configurationParameter(ReportKeys.ADAPTERS_PARAMETER, String.join(",", ADAPTERS))
                .build(), collector);
    }

    private static List<InvocationResult> of(String property, String adapter) {
        return collector.invocations().stream()
                .filter(i -> i.property().equals(property) && i.adapter().equals(adapter)).toList();
    }

    private static InvocationResult only(String property, String adapter) {
        List<InvocationResult> found = of(property, adapter);
        assertThat(found).as(property + " on " + adapter).hasSize(1);
        return found.get(0);
    }

    @Test
    void eachInvocationIsAttributedByItsEntriesAndClassified() {
        assertThat(only("PIPE-EOF", "native").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(only("PIPE-EOF", "native").message()).isEqualTo("expected EOF but the read blocked");
        assertThat(only("PIPE-EOF", "simulator").verdict()).isEqualTo(Verdict.PASS);
        assertThat(only("PIPE-ORDER", "native").verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(only("PIPE-ORDER", "simulator").verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(only("PIPE-ORDER", "simulator").detail()).contains("NullPointerException", "at ");
        assertThat(only("FIFO-NONBLOCK-OPEN", "native").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(only("PIPE-EOF", "native").method()).isEqualTo("Fixtures.MixedSpec.eofAfterTheLastWriterCloses");
    }

    @Test
    void evidenceAndMethodsAreKept() {
        List<InvocationResult> byteStream = of("PIPE-BYTE-STREAM", "simulator");
        assertThat(byteStream).extracting(InvocationResult::method).containsExactlyInAnyOrder(
                "Fixtures.MixedSpec.twoWritesComeBackInOneRead", "Fixtures.MixedSpec.oneWriteGoesOutInSeveralReads");
        InvocationResult withEvidence = byteStream.stream()
                .filter(i -> i.method().endsWith("twoWritesComeBackInOneRead")).findFirst().orElseThrow();
        assertThat(withEvidence.evidence()).containsExactly(Map.entry("read", "abcd"));
        assertThat(withEvidence.durationMillis()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void eachVariantOfAMethodIsAnInvocationOfItsOwnNamedByItsEntry() {
        String method = "Fixtures.VariantSpec.aStoreIsSeenWithoutACopy";
        List<InvocationResult> onNative = of("SHM-NO-COPY", "native");
        assertThat(onNative).extracting(InvocationResult::method).containsOnly(method);
        assertThat(onNative).extracting(InvocationResult::variant).containsExactlyInAnyOrder("System V", "POSIX");
        InvocationResult posix = onNative.stream().filter(i -> "POSIX".equals(i.variant())).findFirst().orElseThrow();
        assertThat(posix.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(posix.evidence()).containsExactly(Map.entry("seen", "POSIX on native"));
        assertThat(of("SHM-NO-COPY", "simulator")).extracting(InvocationResult::verdict).containsOnly(Verdict.PASS);

        Outcome combined = Aggregation.combine("SHM-NO-COPY", "native", onNative);
        assertThat(combined.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(combined.message()).isEqualTo(method + " (POSIX): the store was not seen");
        assertThat(combined.methods()).extracting(MethodResult::variant).containsExactlyInAnyOrder("System V", "POSIX");
        assertThat(combined.evidence()).containsOnly(Map.entry(method + " (System V): seen", "System V on native"),
                Map.entry(method + " (POSIX): seen", "POSIX on native"));
        assertThat(of("PIPE-EOF", "native")).extracting(InvocationResult::variant).containsOnlyNulls();
    }

    @Test
    void methodsSharingAnIdCombine() {
        Outcome simulator = Aggregation.combine("PIPE-BYTE-STREAM", "simulator", of("PIPE-BYTE-STREAM", "simulator"));
        assertThat(simulator.verdict()).isEqualTo(Verdict.PASS);
        assertThat(simulator.message()).contains("not applicable", "oneWriteGoesOutInSeveralReads",
                "simulator lacks PROCESS_STATE: modelled elsewhere");
        Outcome nativeOne = Aggregation.combine("PIPE-BYTE-STREAM", "native", of("PIPE-BYTE-STREAM", "native"));
        assertThat(nativeOne.verdict()).isEqualTo(Verdict.PASS);
        assertThat(nativeOne.message()).isEmpty();
    }

    @Test
    void aClassWhoseBeforeAllFailsIsBrokenForEachOfItsPropertiesAndAdapters() {
        for (String property : List.of("FIFO-FILESYSTEM-NAME", "FIFO-UNLINK-KEEPS-OPEN-ENDS")) {
            for (String adapter : ADAPTERS) {
                InvocationResult r = only(property, adapter);
                assertThat(r.verdict()).isEqualTo(Verdict.BROKEN);
                assertThat(r.message()).contains("the scratch folder is read-only");
            }
        }
        assertThat(collector.containerFailures()).anySatisfy(f -> {
            assertThat(f.name()).contains("BeforeAllFailsSpec");
            assertThat(f.attributed()).isEqualTo(4);
        });
    }

    @Test
    void anInvocationWithoutEntriesIsAttributedByAnnotationAndDisplayName() {
        for (String adapter : ADAPTERS) {
            InvocationResult r = only("IPC-KERNEL-COPY", adapter);
            assertThat(r.verdict()).isEqualTo(Verdict.BROKEN);
            assertThat(r.message()).contains("cannot construct the spec");
        }
    }

    @Test
    void aTemplateThatCannotProvideItsAdaptersIsBrokenForEveryAdapter() {
        for (String adapter : ADAPTERS) {
            InvocationResult r = only("IPC-ADDRESS-ISOLATION", adapter);
            assertThat(r.verdict()).isEqualTo(Verdict.BROKEN);
            assertThat(r.message()).contains("unknown adapter 'bogus'");
        }
    }

    @Test
    void aDisabledSpecIsNotApplicableWithTheReason() {
        for (String adapter : ADAPTERS) {
            InvocationResult r = only("FIFO-MEMORY-CONTENT", adapter);
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(r.message()).isEqualTo("skipped: a fixture: shows that a disabled spec is reported as NOT_APPLICABLE with its reason");
        }
    }

    @Test
    void progressReportsEachPropertyAndAdapterOnceWhenItsMethodsAreDone() {
        Set<String> properties = Set.of("PIPE-BYTE-STREAM", "PIPE-EOF", "PIPE-ORDER", "FIFO-NONBLOCK-OPEN",
                "FIFO-MEMORY-CONTENT", "FIFO-FILESYSTEM-NAME", "FIFO-UNLINK-KEEPS-OPEN-ENDS", "IPC-KERNEL-COPY",
                "IPC-ADDRESS-ISOLATION", "SHM-NO-COPY");
        assertThat(planned).containsExactly(properties.size() * ADAPTERS.size());
        assertThat(finished).hasSize(properties.size() * ADAPTERS.size());
        assertThat(finished).extracting(o -> o.property() + "@" + o.adapter()).doesNotHaveDuplicates();
        Outcome byteStream = finished.stream()
                .filter(o -> o.property().equals("PIPE-BYTE-STREAM") && o.adapter().equals("simulator")).findFirst().orElseThrow();
        assertThat(byteStream.methods()).hasSize(2);
        assertThat(collector.unattributed()).isEmpty();
    }
}
