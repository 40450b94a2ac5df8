package org.ipcconformance.reports.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipcconformance.reports.TestData.inv;

import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.junit.jupiter.api.Test;

class AggregationTest {
    private static final String P = "PIPE-EOF";

    private static Outcome combine(InvocationResult... invocations) {
        return Aggregation.combine(P, "native", List.of(invocations));
    }

    private static InvocationResult m(String name, Verdict v, String message) {
        return inv(P, "native", name, v, message, 10);
    }

    @Test
    void anyFailWins() {
        Outcome o = combine(m("a", Verdict.PASS, ""), m("b", Verdict.TIMEOUT, "late"), m("c", Verdict.BROKEN, "npe"),
                m("d", Verdict.FAIL, "no EOF"));
        assertThat(o.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(o.message()).isEqualTo("d: no EOF");
    }

    @Test
    void thenTimeoutThenBroken() {
        assertThat(combine(m("a", Verdict.BROKEN, "x"), m("b", Verdict.TIMEOUT, "late"), m("c", Verdict.PASS, "")).verdict())
                .isEqualTo(Verdict.TIMEOUT);
        assertThat(combine(m("a", Verdict.PASS, ""), m("b", Verdict.BROKEN, "x"), m("c", Verdict.NOT_APPLICABLE, "n")).verdict())
                .isEqualTo(Verdict.BROKEN);
    }

    @Test
    void passNotesTheMethodsThatDidNotApply() {
        Outcome o = combine(m("a", Verdict.PASS, ""), m("b", Verdict.NOT_APPLICABLE, "native lacks FIFO: no"));
        assertThat(o.verdict()).isEqualTo(Verdict.PASS);
        assertThat(o.message()).isEqualTo("passed; not applicable: b (native lacks FIFO: no)");
    }

    @Test
    void allNotApplicableIsNotApplicableWithEachReasonOnce() {
        Outcome o = combine(m("a", Verdict.NOT_APPLICABLE, "no FIFO"), m("b", Verdict.NOT_APPLICABLE, "no FIFO"),
                m("c", Verdict.NOT_APPLICABLE, "no state"));
        assertThat(o.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(o.message()).isEqualTo("no FIFO; no state");
    }

    @Test
    void aSingleMethodsMessageIsNotPrefixed() {
        assertThat(combine(m("a", Verdict.FAIL, "boom")).message()).isEqualTo("boom");
    }

    @Test
    void severalFailuresAreAllNamed() {
        assertThat(combine(m("a", Verdict.FAIL, "one"), m("b", Verdict.FAIL, "two")).message()).isEqualTo("a: one\nb: two");
    }

    @Test
    void durationsAddUpAndMethodsAreListed() {
        Outcome o = combine(m("a", Verdict.PASS, ""), m("b", Verdict.PASS, ""), m("c", Verdict.PASS, ""));
        assertThat(o.durationMillis()).isEqualTo(30);
        assertThat(o.methods()).extracting(r -> r.name()).containsExactly("a", "b", "c");
    }

    @Test
    void evidenceNamesUsedBySeveralMethodsAreKeptApart() {
        InvocationResult a = new InvocationResult(P, "native", "a", Verdict.PASS, "", null, 1, Map.of("read", "x", "only-a", "1"));
        InvocationResult b = new InvocationResult(P, "native", "b", Verdict.PASS, "", null, 1, Map.of("read", "y"));
        assertThat(combine(a, b).evidence()).containsOnly(Map.entry("a: read", "x"), Map.entry("b: read", "y"),
                Map.entry("only-a", "1"));
    }

    @Test
    void nothingToCombineIsAnError() {
        assertThatThrownBy(() -> Aggregation.combine(P, "native", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
