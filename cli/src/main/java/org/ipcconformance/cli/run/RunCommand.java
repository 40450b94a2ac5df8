package org.ipcconformance.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ipcconformance.cli.VersionProvider;
import org.ipcconformance.cli.console.Progress;
import org.ipcconformance.cli.console.Summary;
import org.ipcconformance.cli.engine.Adapters;
import org.ipcconformance.cli.engine.CommandChecks;
import org.ipcconformance.cli.engine.RunSession;
import org.ipcconformance.cli.engine.Selection;
import org.ipcconformance.cli.engine.SuiteRunner;
import org.ipcconformance.reports.Gate;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.collect.ContainerFailure;
import org.ipcconformance.reports.html.MatrixPage;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.spi.UnknownAdapterException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code run}: the certification. Runs the suites, writes the reports, prints the summary, gates. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Runs the executable specifications on the chosen adapters and writes DIR/conformance.json "
                + "and DIR/index.html. Exit code 0 when no MUST property is FAIL, TIMEOUT or BROKEN, 1 when "
                + "one is, 2 on a usage or harness error.")
public final class RunCommand implements Callable<Integer> {
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--adapters", paramLabel = "LIST", defaultValue = "all",
            description = "Comma-separated adapter ids (native, simulator, jdk; simulator:<fault> for a planted "
                    + "fault), or 'all' for every available one. Default: ${DEFAULT-VALUE}. See: ipc-conformance list")
    String adapters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "conformance-report",
            description = "Folder for conformance.json and index.html, created if missing. Default: ./${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "Time limit of each spec invocation; past it the verdict is TIMEOUT. Default: ${DEFAULT-"
                    + "VALUE}")
    int timeoutSeconds;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope = new Scope();

    /** Which properties: all by default. */
    static final class Scope {
        @Option(names = "--properties", split = ",", paramLabel = "ID",
                description = "Only these catalog properties, e.g. PIPE-EOF,FIFO-NONBLOCK-OPEN")
        List<String> properties;

        @Option(names = "--mechanism", split = ",", paramLabel = "NAME",
                description = "Only the properties of these mechanisms: general, pipe, fifo, signal, message-queue, "
                        + "shared-memory, semaphore, socket (or an ID prefix: IPC, PIPE, FIFO, SIG, MQ, SHM, SEM, SOCK)")
        List<String> mechanisms;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CommandChecks.positiveTimeout(spec, timeoutSeconds);
        List<String> ids;
        try {
            ids = Adapters.parse(adapters);
        } catch (UnknownAdapterException e) {
            throw usage(e.getMessage());
        }
        Catalog catalog = Catalog.standard();
        Set<String> selected;
        try {
            selected = Selection.of(catalog, scope.properties, scope.mechanisms);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Path dir = CommandChecks.outputFolder(spec, out);

        stdout.println("ipc-conformance " + VersionProvider.version() + ": "
                + (selected == null ? "all " + catalog.properties().size() + " catalog properties" : selected.size() + " selected properties")
                + " on " + String.join(", ", ids) + " (time limit " + timeoutSeconds + " s per spec)");
        stdout.flush();
        Progress progress = Progress.forConsole(stdout);
        SuiteRunner.Outcome outcome;
        try (RunSession session = RunSession.open(stdout, stderr)) {
            outcome = SuiteRunner.run(new SuiteRunner.Request(ids, timeoutSeconds, selected), CatalogView.of(catalog),
                    session.directory(), progress);
        } finally {
            progress.finish();
        }

        Path json = ConformanceJson.write(outcome.report(), dir);
        Path html = MatrixPage.write(outcome.report(), dir);
        List<String> columns = outcome.collector().adapters();
        stdout.println();
        Summary.table(stdout, columns, outcome.results());
        stdout.println();
        Summary.timing(stdout, outcome.report().run(), columns, outcome.collector().invocations());
        notes(stdout, outcome);
        stdout.println();
        stdout.println("Reports: " + json);
        stdout.println("         " + html);
        if (CommandChecks.reportHarnessProblems(stderr, outcome.harnessProblems())) {
            return Gate.USAGE_OR_HARNESS_ERROR;
        }
        int code = Gate.exitCode(outcome.results());
        int failing = Gate.mustFailures(outcome.results()).size();
        stdout.println(code == Gate.PASSED ? "Gate: passed (no MUST property is FAIL, TIMEOUT or BROKEN)"
                : "Gate: failed (" + failing + " MUST result" + (failing == 1 ? "" : "s") + " FAIL, TIMEOUT or BROKEN)");
        stdout.flush();
        return code;
    }

    /** Failed containers that were turned into BROKEN results, and tests that named no property. */
    private static void notes(PrintWriter out, SuiteRunner.Outcome outcome) {
        List<ContainerFailure> attributed = outcome.collector().containerFailures().stream()
                .filter(f -> f.attributed() > 0).toList();
        if (!attributed.isEmpty()) {
            out.println();
            out.println("Spec classes that failed as a whole (their properties are BROKEN):");
            attributed.forEach(f -> out.println("  " + f.name() + ": " + f.message().lines().findFirst().orElse("")));
        }
        List<String> unattributed = outcome.collector().unattributed();
        if (!unattributed.isEmpty()) {
            out.println();
            out.println("Tests that name no catalog property (not part of any verdict):");
            unattributed.forEach(u -> out.println("  " + u.lines().findFirst().orElse("")));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
