package org.ipcconformance.cli.merge;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipcconformance.cli.console.Summary;
import org.ipcconformance.cli.engine.CommandChecks;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.html.MatrixPage;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.reports.merge.MergeInput;
import org.ipcconformance.reports.merge.ReportMerger;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge}: one matrix from the runs of several machines (a CI matrix over operating systems
 * and kernels). Scaling out is the CI engine's job; this only reads what each run wrote.
 */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = "Combines the conformance.json of runs on several machines into one report with a column per "
                + "adapter and host (native@build-7), and writes DIR/conformance.json (the same contract as run's, "
                + "with each column's host, OS and kernel, and run.sources) and DIR/index.html. Exit code: the gate "
                + "over the merged results, as for run (0 passed, 1 failed), 2 when an input is missing or "
                + "malformed (the message names the file and what was wrong).")
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "A folder written by 'run --out' (or by merge), or its conformance.json; one per run")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the merged conformance.json and index.html, created if missing; not one of the inputs")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Path dir = CommandChecks.outputFolder(spec, out);
        for (Path input : inputs) {
            Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            if (folder != null && folder.toAbsolutePath().normalize().equals(dir)) {
                throw new ParameterException(spec.commandLine(), "--out " + out + " is also an input (" + input
                        + "): merging would overwrite that run's report; choose another folder");
            }
        }
        List<MergeInput> runs = MergeInput.read(inputs);
        ConformanceReport merged = ReportMerger.merge(runs, CatalogView.of(Catalog.standard()));
        Path json = ConformanceJson.write(merged, dir);
        Path html = MatrixPage.write(merged, dir);

        stdout.println("Merged " + runs.size() + " run" + (runs.size() == 1 ? "" : "s") + ":");
        for (MergeInput run : runs) {
            RunInfo r = run.report().run();
            stdout.println("  " + run.source() + ": " + r.host() + " (" + r.os() + " " + r.kernel() + "), "
                    + run.report().adapterIds().size() + " adapter(s), " + run.report().results().size() + " results");
        }
        stdout.println();
        Summary.table(stdout, merged.adapterIds(), merged.results());
        stdout.println();
        stdout.println("Reports: " + json);
        stdout.println("         " + html);
        int code = Gate.exitCode(merged.results());
        int failing = Gate.mustFailures(merged.results()).size();
        stdout.println(code == Gate.PASSED ? "Gate: passed (no merged result fails it)"
                : "Gate: failed (" + failing + " merged result" + (failing == 1 ? "" : "s") + " fail it)");
        stdout.flush();
        return code;
    }
}
