package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.ipcconformance.enginefixtures.AwaitingSpecimen;
import org.ipcconformance.enginefixtures.BrokenSpecimens;
import org.ipcconformance.enginefixtures.FakeAdapter;
import org.ipcconformance.enginefixtures.SlowSpecimen;
import org.ipcconformance.enginefixtures.VariantSpecimen;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.SpecTimeoutException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** The engine run for real (JUnit's test kit) on specimen specs and a fake adapter. */
class PerAdapterTest {

    @BeforeEach
    void reset() {
        FakeAdapter.reset();
        VariantSpecimen.RAN.clear();
    }

    @Test
    void eachAdapterRunsAMethodOncePerVariantNamedAfterIt() {
        Map<String, TestExecutionResult.Status> outcomes = outcomes(run(VariantSpecimen.class));
        assertThat(outcomes).containsOnlyKeys("[fake] SHM-NO-COPY (System V)", "[fake] SHM-NO-COPY (POSIX)", "[fake] PIPE-EOF",
                "[fake] SOCK-STREAM-RELIABLE (UNIX)", "[fake] SOCK-STREAM-RELIABLE (INET)", "[fake] PIPE-ORDER");
        assertThat(VariantSpecimen.RAN).as("what the bodies were given")
                .containsExactlyInAnyOrder(IpcFamily.SYSTEM_V, FakeAdapter.ID, Domain.UNIX);
    }

    @Test
    void aMissingFeatureOfTheVariantIsNotApplicableBeforeAnySandboxIsOpened() {
        EngineExecutionResults results = run(VariantSpecimen.class);
        Map<String, TestExecutionResult.Status> outcomes = outcomes(results);
        assertThat(outcomes.get("[fake] SHM-NO-COPY (System V)")).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(outcomes.get("[fake] SHM-NO-COPY (POSIX)")).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(outcomes.get("[fake] SOCK-STREAM-RELIABLE (INET)")).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(messageOf(results, "[fake] SHM-NO-COPY (POSIX)"))
                .isEqualTo("fake lacks POSIX_SHARED_MEMORY: " + FakeAdapter.NO_POSIX_SHM);
        assertThat(FakeAdapter.OPENED).as("sandboxes opened").hasSize(3)
                .noneMatch(label -> label.contains("POSIX") || label.contains("SOCK-STREAM-RELIABLE"));
        assertThat(FakeAdapter.CLOSED).as("sandboxes closed").containsExactlyInAnyOrderElementsOf(FakeAdapter.OPENED);
    }

    @Test
    void aFeatureFoundMissingInTheBodyIsStillNotApplicable() {
        EngineExecutionResults results = run(VariantSpecimen.class);
        assertThat(outcomes(results).get("[fake] PIPE-ORDER")).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(messageOf(results, "[fake] PIPE-ORDER")).startsWith("fake lacks PIPES");
    }

    @Test
    void everyInvocationPublishesItsPropertyAdapterAndVariant() {
        EngineExecutionResults results = run(VariantSpecimen.class);
        assertThat(entriesOf(results, "[fake] SHM-NO-COPY (POSIX)")).containsEntry(ReportKeys.PROPERTY, "SHM-NO-COPY")
                .containsEntry(ReportKeys.ADAPTER, FakeAdapter.ID).containsEntry(ReportKeys.VARIANT, "POSIX");
        assertThat(entriesOf(results, "[fake] SOCK-STREAM-RELIABLE (UNIX)")).containsEntry(ReportKeys.VARIANT, "UNIX");
        assertThat(entriesOf(results, "[fake] PIPE-EOF")).containsEntry(ReportKeys.PROPERTY, "PIPE-EOF")
                .doesNotContainKey(ReportKeys.VARIANT);
    }

    @Test
    void theSandboxLabelNamesTheVariant() {
        run(VariantSpecimen.class);
        assertThat(FakeAdapter.OPENED).contains("SHM-NO-COPY (System V) perFamily", "PIPE-EOF withoutVariants");
    }

    @Test
    void aSpecNamingAnUnknownIdFailsOnEveryAdapter() {
        assertThat(templateFailure(BrokenSpecimens.UnknownId.class)).contains("NO-SUCH-PROPERTY");
    }

    @Test
    void aMethodRunPerVariantMustTakeTheVariant() {
        assertThat(templateFailure(BrokenSpecimens.VariantParameterMissing.class))
                .contains("VariantParameterMissing.spec runs once per IPC_FAMILY, so it takes exactly one IpcFamily parameter");
    }

    @Test
    void aMethodTakingAVariantMustDeclareVariants() {
        assertThat(templateFailure(BrokenSpecimens.VariantsUndeclared.class))
                .contains("VariantsUndeclared.spec takes a IpcFamily but runs without variants");
    }

    @Test
    void aVariantRequirementMustMatchTheVariants() {
        assertThat(templateFailure(BrokenSpecimens.VariantFeatureOfAnotherKind.class))
                .contains("requires SHARED_MEMORY of its variant, which needs variants = IPC_FAMILY");
    }

    @Test
    void theTimeLimitEndsAStuckBodyAndTheSandboxIsClosed() {
        SlowSpecimen.release = new CountDownLatch(1);
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SlowSpecimen.class))
                    .configurationParameter(ReportKeys.ADAPTERS_PARAMETER, FakeAdapter.ID)
                    .configurationParameter(ReportKeys.TIMEOUT_PARAMETER, "1")
                    .execute();
            Event finished = results.testEvents().finished().stream().findFirst().orElseThrow();
            TestExecutionResult result = finished.getPayload(TestExecutionResult.class).orElseThrow();
            assertThat(result.getThrowable()).get().isInstanceOf(SpecTimeoutException.class).extracting(Throwable::getMessage)
                    .asString().startsWith("PIPE-EOF on fake: no verdict within the 1 s time limit");
            assertThat(FakeAdapter.CLOSED).containsExactly("PIPE-EOF waitsPastTheLimit");
        } finally {
            SlowSpecimen.release.countDown();
        }
    }

    @Test
    void anAwaitedEventThatNeverComesIsAFailureSayingWhatWasAwaitedAndForHowLong() {
        EngineExecutionResults results = run(AwaitingSpecimen.class);
        Throwable missing = throwableOf(results, "[fake] PIPE-EOF");
        assertThat(missing).isInstanceOf(AwaitedEventMissing.class).isInstanceOf(AssertionError.class);
        assertThat(missing.getMessage()).startsWith("the awaited event did not come: ")
                .contains("self to hold a byte it was never sent", "200 milliseconds");
        assertThat(throwableOf(results, "[fake] PIPE-ORDER")).as("a wait of the harness, not of the spec")
                .isInstanceOf(HarnessException.class);
    }

    private static Throwable throwableOf(EngineExecutionResults results, String displayName) {
        return results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName)).findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    private static EngineExecutionResults run(Class<?> specimen) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(specimen))
                .configurationParameter(ReportKeys.ADAPTERS_PARAMETER, FakeAdapter.ID)
                .execute();
    }

    private static Map<String, TestExecutionResult.Status> outcomes(EngineExecutionResults results) {
        Map<String, TestExecutionResult.Status> outcomes = new LinkedHashMap<>();
        for (Event e : results.testEvents().finished().list()) {
            outcomes.put(e.getTestDescriptor().getDisplayName(), e.getPayload(TestExecutionResult.class).orElseThrow().getStatus());
        }
        return outcomes;
    }

    private static String messageOf(EngineExecutionResults results, String displayName) {
        return results.testEvents().finished().stream().filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage())
                .findFirst().orElseThrow();
    }

    private static Map<String, String> entriesOf(EngineExecutionResults results, String displayName) {
        return results.testEvents().stream().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
                .flatMap(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }

    /** The failure of the one method of {@code specimen}: its template container fails, before any invocation. */
    private static String templateFailure(Class<?> specimen) {
        EngineExecutionResults results = run(specimen);
        assertThat(results.testEvents().started().count()).as("invocations started").isZero();
        List<Event> failed = results.containerEvents().failed().list();
        assertThat(failed).as("failed containers").hasSize(1);
        return failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }
}
