package org.ipcconformance.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ipcconformance.cli.version.VersionProvider;
import org.ipcconformance.cli.console.Progress;
import org.ipcconformance.cli.console.Summary;
import org.ipcconformance.cli.engine.Adapters;
import org.ipcconformance.cli.engine.CommandChecks;
import org.ipcconformance.cli.engine.RunSession;
import org.ipcconformance.cli.engine.Selection;
import org.ipcconformance.cli.engine.SuiteRunner;
import org.ipcconformance.cli.report.AllureGenerator;
import org.ipcconformance.cli.report.ReportCommand;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.allure.AllureRecorder;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.baseline.BaselineReader;
import org.ipcconformance.reports.junit.JUnitXml;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
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
        description = "Runs the executable specifications on the chosen adapters and writes DIR/conformance.json, "
                + "DIR/index.html, DIR/junit/TEST-<adapter>.xml and DIR/allure-results (DIR/allure-report too with "
                + "--allure). Exit code 1 when a MUST property is FAIL or TIMEOUT outside the baseline, a result is "
                + "XPASS (a stale baseline entry) or BROKEN (unless --allow-broken); 2 on a usage or harness error "
                + "(a malformed baseline included); 0 otherwise.")
public final class RunCommand implements Callable<Integer> {
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--adapters", paramLabel = "LIST", defaultValue = "all",
            description = "Comma-separated adapter ids (native, simulator, jdk, or one from --adapter-path; "
                    + "simulator:<fault> for a planted fault), or 'all' for every available one. Default: ${DEFAULT-VALUE}. See: ipc-conformance list")
    String adapters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "conformance-report",
            description = "Folder for the reports (conformance.json, index.html, junit/, allure-results/), created if "
                    + "missing. Default: ./${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "Time limit of each spec invocation; past it the verdict is TIMEOUT. Default: ${DEFAULT-"
                    + "VALUE}")
    int timeoutSeconds;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "YAML file of known deviations: a listed property that fails is XFAIL (does not fail the "
                    + "gate), one that passes is XPASS (fails the gate: the entry is stale). See the README")
    Path baselineFile;

    @Option(names = "--allow-broken",
            description = "BROKEN results (the harness could not check a property) do not fail the gate")
    boolean allowBroken;

    @Option(names = "--require-option", split = ",", paramLabel = "OPTION",
            description = "Options of the standard the implementation must have: an UNSUPPORTED result (the "
                    + "implementation reports the option absent) of one of them fails the gate. Accepted: "
                    + "MSG, SEM, SHM, TMO, RTS (POSIX options) and XSI")
    List<String> requiredOptions;

    @Option(names = "--label", paramLabel = "NAME",
            description = "Names the runtime certified (a container, a sandbox, a VM): each column becomes "
                    + "<adapter>@NAME, so that runs of one host in several runtimes merge as separate columns. "
                    + "Letters, digits, '.', '_' and '-'")
    String label;

    @Option(names = "--allure",
            description = "Also generate the Allure HTML report into DIR/allure-report (the results in "
                    + "DIR/allure-results are written by every run; see also: ipc-conformance report --allure DIR)")
    boolean allureReport;

    @Option(names = "--no-allure-results",
            description = "Do not write DIR/allure-results (written by default; --allure needs them)")
    boolean noAllureResults;

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
        if (label != null && !label.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw usage("--label '" + label + "' must be 1 to 63 letters, digits, '.', '_' or '-', starting with a letter "
                    + "or digit (it becomes part of each column's id, <adapter>@NAME)");
        }
        Gate.Policy policy = new Gate.Policy(allowBroken, RequiredOptions.parse(requiredOptions, this::usage));
        Path dir = CommandChecks.outputFolder(spec, out);
        // A malformed baseline stops here, before anything ran (exit code 2, file and line named).
        Baseline baseline = baselineFile == null ? Baseline.NONE
                : BaselineReader.read(baselineFile, catalog, Adapters::problemWith);
        if (noAllureResults && allureReport) {
            throw usage("--allure generates the report from the Allure results: it cannot go with --no-allure-results");
        }
        AllureRecorder allure = noAllureResults ? null : new AllureRecorder();

        stdout.println("ipc-conformance " + VersionProvider.version() + ": "
                + (selected == null ? "all " + catalog.properties().size() + " catalog properties" : selected.size() + " selected properties")
                + " on " + String.join(", ", ids) + " (time limit " + timeoutSeconds + " s per spec)");
        if (baselineFile != null) {
            stdout.println("Baseline: " + baselineFile + " (" + baseline.entries().size() + " known deviation"
                    + (baseline.entries().size() == 1 ? "" : "s") + ")");
        }
        stdout.flush();
        Progress progress = Progress.forConsole(stdout);
        SuiteRunner.Outcome outcome;
        RunSession session = RunSession.open(stdout, stderr);
        try (session) {
            outcome = SuiteRunner.run(new SuiteRunner.Request(ids, timeoutSeconds, selected, baseline, allure, label),
                    CatalogView.of(catalog), session.directory(), progress);
        } finally {
            progress.finish();
        }
        // What the run's cleanup could not remove is known only now, after the session closed.
        ConformanceReport report = outcome.report().withLeftovers(session.leftovers());

        Path json = ConformanceJson.write(report, dir);
        Path html = MatrixPage.write(report, dir);
        List<Path> junit = JUnitXml.write(report, dir);
        long allureStart = System.nanoTime();
        Path allureResults = allure == null ? null : allure.write(dir, report, CatalogView.of(catalog));
        long allureMillis = (System.nanoTime() - allureStart) / 1_000_000;
        List<String> columns = outcome.collector().adapters();
        stdout.println();
        Summary.table(stdout, columns, outcome.results(), policy);
        stdout.println();
        Summary.timing(stdout, report.run(), columns, outcome.collector().invocations());
        notes(stdout, outcome);
        Summary.leftovers(stdout, report.leftovers(), session.directory().path());
        stdout.println();
        // What was certified, in the system's own words (also in the report's header and run.system).
        outcome.report().run().system().forEach((source, said) -> stdout.println("System  " + source + ": " + said));
        stdout.println("Reports: matrix  " + html);
        stdout.println("         json    " + json);
        stdout.println("         junit   " + dir.resolve(JUnitXml.FOLDER) + " (" + junit.stream().map(p -> p.getFileName().toString())
                .reduce((a, b) -> a + ", " + b).orElse("no adapter") + ")");
        if (allureResults != null) {
            stdout.println("         allure  " + allureResults + " (written in " + allureMillis + " ms)");
        }
        stdout.flush();
        if (allureReport) {
            AllureGenerator.Generated g = AllureGenerator.generate(allureResults, dir.resolve(ReportCommand.ALLURE_REPORT));
            stdout.println("         " + ReportCommand.describe(g));
        } else if (allureResults != null) {
            stdout.println("         (the Allure HTML report: ipc-conformance report --allure " + dir + ", or run --allure)");
        }
        if (CommandChecks.reportHarnessProblems(stderr, outcome.harnessProblems())) {
            return Gate.USAGE_OR_HARNESS_ERROR;
        }
        return gate(stdout, outcome.results(), policy);
    }

    private int gate(PrintWriter stdout, List<PropertyResult> results, Gate.Policy policy) {
        List<PropertyResult> failing = Gate.failing(results, policy);
        long xfail = results.stream().filter(r -> r.verdict() == org.ipcconformance.reports.Verdict.XFAIL).count();
        String known = xfail == 0 ? "" : "; " + xfail + " known deviation" + (xfail == 1 ? "" : "s") + " (XFAIL)";
        if (failing.isEmpty()) {
            stdout.println("Gate: passed (no MUST property FAIL or TIMEOUT outside the baseline, no XPASS"
                    + (allowBroken ? ", BROKEN allowed" : ", no BROKEN")
                    + (policy.requiredOptions().isEmpty() ? "" : ", no required option absent") + known + ")");
        } else {
            stdout.println("Gate: failed (" + failing.size() + " result" + (failing.size() == 1 ? "" : "s") + ": "
                    + Summary.countByVerdict(failing) + known + ")");
        }
        stdout.flush();
        return Gate.exitCode(results, policy);
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
