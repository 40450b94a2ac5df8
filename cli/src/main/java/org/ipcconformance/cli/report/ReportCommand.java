package org.ipcconformance.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipcconformance.reports.allure.AllureRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: builds reports from a finished run's folder; today the Allure HTML report. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Generates the Allure HTML report of a finished run: reads DIR/allure-results (which every run "
                + "writes) and writes DIR/allure-report, carrying over the history of the report already there so "
                + "that trends show. Uses the Allure command line the build unpacked, with this java; needs no "
                + "network and no global install.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--allure", paramLabel = "DIR", required = true,
            description = "The run's output folder (the --out of run), holding allure-results")
    Path dir;

    @Option(names = "--to", paramLabel = "REPORT_DIR",
            description = "Where to write the Allure report. Default: DIR/allure-report")
    Path to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path base = dir.toAbsolutePath().normalize();
        Path report = to == null ? base.resolve(ALLURE_REPORT) : to.toAbsolutePath().normalize();
        AllureGenerator.Generated g = AllureGenerator.generate(base.resolve(AllureRecorder.RESULTS_FOLDER), report);
        out.println(describe(g));
        out.flush();
        return 0;
    }

    public static final String ALLURE_REPORT = "allure-report";

    public static String describe(AllureGenerator.Generated g) {
        return String.format(Locale.ROOT, "Allure report: %s (generated in %.1f s%s; open it through a web server, "
                + "e.g. python3 -m http.server -d %s)", g.report().resolve("index.html"), g.millis() / 1000.0,
                g.historyCarried() ? ", history of the previous report carried over" : "", g.report());
    }
}
