package org.ipcconformance.spec.contract.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Each planted fault of the fake adapter fails the rules it breaks: the contract catches what it claims to. */
class ContractCatchesFaultsTest {

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(BrokenFakes.CloseKeepsProcesses.class,
                        List.of("closeKillsEveryStartedProcessAndEndsItsPendingOperationWithinTheBound")),
                Arguments.of(BrokenFakes.StateWaits.class,
                        List.of("aProcessBlockedInAReadRefusesASecondCallAndCompletesOnceDataIsWritten",
                                "killAnswersBesideAPendingReadWhichThenEndsWithProcessGone")),
                Arguments.of(BrokenFakes.ChildLacksPipes.class,
                        List.of("startedProcessesOfferTheSameFacetsButSpawningAndTerminals")),
                Arguments.of(BrokenFakes.NoRawCode.class,
                        List.of("aCallOnAClosedHandleIsBadDescriptorWithTheRawCode",
                                "aCallOnAClosedHandleIsBadDescriptorWithTheRawCodeInAStartedProcess")),
                Arguments.of(BrokenFakes.SelfHasLifecycle.class, List.of("sandboxOpensWithItsOwnProcess",
                        "selfRefusesExitAwaitExitAndKill")));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void aPlantedFaultFailsTheRulesItBreaks(Class<?> contract, List<String> rulesBroken) {
        List<String> failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute()
                .testEvents().failed().stream().map(ContractCatchesFaultsTest::methodName).toList();
        assertThat(failed).as("the rules that failed on %s", contract.getSimpleName()).containsAll(rulesBroken);
    }

    private static String methodName(Event event) {
        return event.getTestDescriptor().getSource()
                .filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance)
                .map(s -> ((org.junit.platform.engine.support.descriptor.MethodSource) s).getMethodName())
                .orElse(event.getTestDescriptor().getDisplayName());
    }
}
