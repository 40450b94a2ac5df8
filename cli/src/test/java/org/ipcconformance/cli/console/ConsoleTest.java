package org.ipcconformance.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Outcome;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private static PropertyResult r(String id, String adapter, Level level, Verdict v, String message) {
        return new PropertyResult(id, Mechanism.PIPE, id, level, List.of("posix"), adapter, v, message, 3, Map.of(), List.of());
    }

    @Test
    void plainProgressPrintsOneLinePerFinishedPropertyAndAdapter() {
        StringWriter text = new StringWriter();
        Progress p = Progress.plain(new PrintWriter(text));
        p.planned(2);
        p.propertyFinished(new Outcome("PIPE-EOF", "native", Verdict.PASS, "", 12, Map.of(), List.of()), 1, 2);
        p.propertyFinished(new Outcome("PIPE-EOF", "jdk", Verdict.FAIL, "expected EOF\nbut the read blocked", 30000,
                Map.of(), List.of()), 2, 2);
        p.finish();
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\[1/2] PASS +PIPE-EOF +native +12 ms");
        assertThat(lines.get(1)).matches("\\[2/2] FAIL +PIPE-EOF +jdk +30000 ms  expected EOF but the read blocked");
        assertThat(text.toString()).doesNotContain("\u001b");
    }

    @Test
    void onATerminalOneLineIsRewrittenWithDoneTotalTheCurrentPropertyAndFailuresSoFar() {
        StringWriter text = new StringWriter();
        Progress p = Progress.live(new PrintWriter(text));
        p.planned(3);
        p.invocationStarted("PIPE-EOF", "native");
        p.propertyFinished(new Outcome("PIPE-EOF", "native", Verdict.PASS, "", 12, Map.of(), List.of()), 1, 3);
        p.invocationStarted("PIPE-ORDER", "jdk");
        p.propertyFinished(new Outcome("PIPE-ORDER", "jdk", Verdict.XPASS, "listed but passes", 4, Map.of(), List.of()), 2, 3);
        p.invocationStarted("PIPE-BROKEN", "jdk");
        p.propertyFinished(new Outcome("PIPE-BROKEN", "jdk", Verdict.XFAIL, "known", 4, Map.of(), List.of()), 3, 3);
        String shown = text.toString();
        p.finish();
        String clear = "\r\u001b[2K";
        // Each update rewrites the line in place: carriage return and erase, no newline.
        assertThat(shown).contains(clear + "[0/3] running PIPE-EOF on native", clear + "[1/3] finished PIPE-EOF on native",
                clear + "[1/3] running PIPE-ORDER on jdk", clear + "[2/3] running PIPE-BROKEN on jdk · 1 failing",
                clear + "[3/3] finished PIPE-BROKEN on jdk · 1 failing");
        // A stale baseline entry (XPASS) fails the gate: it gets a permanent line; a known deviation does not.
        assertThat(shown.lines().filter(l -> l.contains("XPASS") && l.contains("PIPE-ORDER"))).hasSize(1);
        assertThat(shown.lines().filter(l -> l.contains("XFAIL"))).isEmpty();
        assertThat(text.toString()).endsWith(clear);
    }

    @Test
    void theTableCountsVerdictsPerAdapterAndNamesWhatFailsTheGate() {
        StringWriter text = new StringWriter();
        List<PropertyResult> results = List.of(
                r("PIPE-EOF", "native", Level.MUST, Verdict.PASS, ""),
                r("PIPE-EOF", "jdk", Level.MUST, Verdict.TIMEOUT, "no verdict within 30 s"),
                r("PIPE-ORDER", "native", Level.MUST, Verdict.NOT_APPLICABLE, "no fork"),
                r("PIPE-ORDER", "jdk", Level.MUST, Verdict.BROKEN, "NullPointerException"),
                r("SEM-UNDO-ON-EXIT", "native", Level.SHOULD, Verdict.FAIL, "not undone"),
                r("SEM-UNDO-ON-EXIT", "jdk", Level.SHOULD, Verdict.UNTESTED, ""));
        Summary.table(new PrintWriter(text), List.of("native", "jdk"), results);
        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(0)).matches("adapter +PASS +FAIL +TIMEOUT +BROKEN +N/A +UNTESTED +gate failures");
        assertThat(lines.get(1)).matches("native +1 +1 +0 +0 +1 +0 +0");
        assertThat(lines.get(2)).matches("jdk +0 +0 +1 +1 +0 +1 +2");
        assertThat(text.toString()).contains("Results that fail the gate:")
                .containsPattern("TIMEOUT +PIPE-EOF +jdk +\\(MUST property\\) +no verdict within 30 s")
                .containsPattern("BROKEN +PIPE-ORDER +jdk +\\(could not be checked\\) +NullPointerException")
                .doesNotContain("not undone");

        StringWriter allowed = new StringWriter();
        Summary.table(new PrintWriter(allowed), List.of("native", "jdk"), results, true);
        assertThat(allowed.toString().lines().toList().get(2)).matches("jdk +0 +0 +1 +1 +0 +1 +1");
        assertThat(allowed.toString()).doesNotContain("NullPointerException");
    }

    @Test
    void timingShowsTheWallTimeSpecTimePerAdapterAndTheSlowest() {
        StringWriter text = new StringWriter();
        RunInfo run = new RunInfo("a", "b", "h", "Linux", "amd64", "k", "l", "j", List.of(), 1234, 30);
        List<InvocationResult> invocations = List.of(
                new InvocationResult("PIPE-EOF", "native", "PipeEofSpec.a", Verdict.PASS, "", null, 700, Map.of()),
                new InvocationResult("PIPE-EOF", "native", "PipeEofSpec.b", Verdict.PASS, "", null, 100, Map.of()),
                new InvocationResult("PIPE-EOF", "simulator", "PipeEofSpec.a", Verdict.PASS, "", null, 5, Map.of()));
        Summary.timing(new PrintWriter(text), run, List.of("native", "simulator"), invocations);
        String out = text.toString();
        assertThat(out).contains("wall time of the run 1.234 s").containsPattern("native +0.800 s in 2 spec invocations")
                .containsPattern("simulator +0.005 s in 1 spec invocations");
        assertThat(out.indexOf("PipeEofSpec.a")).isLessThan(out.indexOf("PipeEofSpec.b"));
    }
}
