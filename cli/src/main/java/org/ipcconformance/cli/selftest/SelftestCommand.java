package org.ipcconformance.cli.selftest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ipcconformance.cli.console.Progress;
import org.ipcconformance.cli.console.Summary;
import org.ipcconformance.cli.engine.CommandChecks;
import org.ipcconformance.cli.engine.RunSession;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code selftest}: runs the suite on the clean simulator and each planted fault, and says what each fault broke. */
@Command(name = "selftest",
        mixinStandardHelpOptions = true,
        description = "Runs the suite on the clean simulator and on every planted fault (simulator:<fault>), and "
                + "prints which properties each fault made fail. Exit code 0 only when the clean simulator "
                + "passes every executable property and every executable property fails under at least one "
                + "fault; 1 otherwise; 2 on a usage or harness error.")
public final class SelftestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/selftest.json")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + Selftest.DEFAULT_TIMEOUT_SECONDS,
            description = "Time limit of each spec invocation. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CommandChecks.positiveTimeout(spec, timeoutSeconds);
        Path dir = out == null ? null : CommandChecks.outputFolder(spec, out);
        CatalogView catalog = CatalogView.of(Catalog.standard());
        Progress progress = Progress.liveOnly(stdout);
        Selftest.Outcome outcome;
        try (RunSession session = RunSession.open(stdout, stderr)) {
            outcome = Selftest.run(catalog, session.directory(), timeoutSeconds, progress);
        } finally {
            progress.finish();
        }
        SelftestResult result = outcome.result();
        print(stdout, outcome, catalog);
        if (dir != null) {
            stdout.println("Wrote " + result.write(dir));
        }
        if (CommandChecks.reportHarnessProblems(stderr, outcome.run().harnessProblems())) {
            return Gate.USAGE_OR_HARNESS_ERROR;
        }
        stdout.flush();
        return result.ok() ? 0 : 1;
    }

    private void print(PrintWriter out, Selftest.Outcome outcome, CatalogView catalog) {
        SelftestResult r = outcome.result();
        int executable = r.properties().size();
        out.println(String.format(Locale.ROOT, "Selftest: the clean simulator and %d planted faults on %d executable properties "
                + "(time limit %d s per spec, wall time %.3f s)", outcome.faults().size(), executable, timeoutSeconds,
                outcome.run().report().run().wallMillis() / 1000.0));
        out.println();
        long cleanPass = executable - r.cleanFailures().size();
        out.println("Clean simulator: " + cleanPass + " of " + executable + " executable properties PASS");
        for (String id : r.cleanFailures()) {
            PropertyResult pr = find(outcome, id, Selftest.SIMULATOR);
            out.println(String.format(Locale.ROOT, "  %-8s %-30s %s", pr == null ? "MISSING" : pr.verdict().label(), id,
                    pr == null ? "" : Progress.oneLine(pr.message())));
        }
        out.println();
        out.println("Mutants (what each planted fault made fail):");
        int width = outcome.faults().keySet().stream().mapToInt(String::length).max().orElse(10) + Selftest.SIMULATOR.length() + 1;
        for (Map.Entry<String, SelftestResult.Mutant> e : r.mutants().entrySet()) {
            SelftestResult.Mutant m = e.getValue();
            List<String> named = m.killed().stream().map(id -> m.timedOut().contains(id) ? id + " (TIMEOUT)" : id).toList();
            String kills = named.isEmpty() ? "kills nothing" : "kills " + String.join(", ", named);
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", Selftest.SIMULATOR + ":" + e.getKey(), kills));
            out.println(String.format(Locale.ROOT, "  %-" + width + "s    %s", "", m.description()));
            if (!m.broken().isEmpty()) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s    BROKEN (not a kill): %s", "", String.join(", ", m.broken())));
            }
        }
        out.println();
        out.println("Properties (the faults that kill each):");
        int idWidth = r.properties().keySet().stream().mapToInt(String::length).max().orElse(10);
        r.properties().forEach((id, killers) -> out.println(String.format(Locale.ROOT, "  %-" + idWidth + "s  %s", id,
                killers.isEmpty() ? "SURVIVES every fault" : String.join(", ", killers))));
        out.println();
        out.println(String.format(Locale.ROOT, "Timing: wall time %.3f s", outcome.run().report().run().wallMillis() / 1000.0));
        Summary.slowest(out, outcome.run().collector().invocations(), width);
        out.println();
        if (r.ok()) {
            out.println("Selftest passed: the clean simulator passes every executable property, and every one of them "
                    + "fails under at least one planted fault.");
        } else {
            out.println("Selftest FAILED:");
            if (!r.cleanFailures().isEmpty()) {
                out.println("  the clean simulator does not pass: " + String.join(", ", r.cleanFailures()));
            }
            if (!r.survivors().isEmpty()) {
                out.println("  no planted fault makes these fail (survivors): " + String.join(", ", r.survivors()));
            }
        }
    }

    private static PropertyResult find(Selftest.Outcome outcome, String id, String adapter) {
        List<PropertyResult> results = outcome.run().results();
        return results.stream().filter(p -> p.property().equals(id) && p.adapter().equals(adapter)).findFirst().orElse(null);
    }
}
