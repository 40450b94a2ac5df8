package org.ipcconformance.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.SampleRuns;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.jupiter.api.Test;

class AllureMappingTest {
    private final AllureMapping mapping = new AllureMapping(SampleRuns.linux(), SampleRuns.catalog());

    /** A result as Allure's JUnit Platform listener leaves it for one invocation of {@code specClass.method}. */
    private static TestResult test(String specClass, String method) {
        TestResult t = new TestResult().setFullName(specClass + "." + method);
        t.setLabels(new ArrayList<>(List.of(new Label().setName("testClass").setValue(specClass),
                new Label().setName("testMethod").setValue(method))));
        t.setParameters(new ArrayList<>());
        t.setLinks(new ArrayList<>());
        t.setAttachments(new ArrayList<>());
        return t;
    }

    private static Map<String, String> published(String property, String adapter, String variant) {
        Map<String, String> entries = new HashMap<>(Map.of(ReportKeys.PROPERTY, property, ReportKeys.ADAPTER, adapter));
        if (variant != null) {
            entries.put(ReportKeys.VARIANT, variant);
        }
        return entries;
    }

    @Test
    void eachVariantOfAMethodIsATestOfItsOwn() {
        String specClass = "org.ipcconformance.suites.mq.MqSelectiveReceiveSpec";
        String method = SampleRuns.SELECTIVE_RECEIVE.substring(SampleRuns.SELECTIVE_RECEIVE.indexOf('.') + 1);
        TestResult systemV = test(specClass, method);
        TestResult posix = test(specClass, method);
        mapping.apply(systemV, published("MQ-SELECTIVE-RECEIVE", "jdk", "System V"));
        mapping.apply(posix, published("MQ-SELECTIVE-RECEIVE", "jdk", "POSIX"));

        assertThat(systemV.getName()).isEqualTo("[jdk] MQ-SELECTIVE-RECEIVE " + SampleRuns.SELECTIVE_RECEIVE + " (System V)");
        assertThat(posix.getName()).isEqualTo("[jdk] MQ-SELECTIVE-RECEIVE " + SampleRuns.SELECTIVE_RECEIVE + " (POSIX)");
        assertThat(systemV.getTestCaseId()).isNotEqualTo(posix.getTestCaseId());
        assertThat(systemV.getHistoryId()).isNotEqualTo(posix.getHistoryId());
        assertThat(posix.getParameters()).extracting(Parameter::getName, Parameter::getValue)
                .containsExactly(tuple("adapter", "jdk"), tuple("variant", "POSIX"));
        // each finds its own method result: the reasons differ per family
        assertThat(systemV.getStatus()).isEqualTo(Status.SKIPPED);
        assertThat(systemV.getStatusDetails().getMessage()).isEqualTo("NOT_APPLICABLE: jdk lacks SYSV_MESSAGE_QUEUES");
        assertThat(posix.getStatusDetails().getMessage()).isEqualTo("NOT_APPLICABLE: jdk lacks POSIX_MESSAGE_QUEUES");
        assertThat(posix.getLabels()).filteredOn(l -> l.getName().equals("story")).extracting(Label::getValue)
                .containsExactly(SampleRuns.SELECTIVE_RECEIVE + " (POSIX)");
        assertThat(posix.getDescriptionHtml()).contains("<b>Standard:</b> xsi, posix-option:MSG");
    }

    @Test
    void aMethodWithoutVariantsKeepsItsNameAndParameters() {
        TestResult eof = test("org.ipcconformance.suites.pipe.PipeEofSpec", "holds");
        mapping.apply(eof, published("PIPE-EOF", "native", null));
        assertThat(eof.getName()).isEqualTo("[native] PIPE-EOF PipeEofSpec.holds");
        assertThat(eof.getParameters()).extracting(Parameter::getName).containsExactly("adapter");
        assertThat(eof.getStatus()).isEqualTo(Status.PASSED);
    }
}
