package org.ipcconformance.cli;

import java.util.concurrent.Callable;
import org.ipcconformance.cli.list.ListCommand;
import org.ipcconformance.cli.merge.MergeCommand;
import org.ipcconformance.cli.report.ReportCommand;
import org.ipcconformance.cli.run.RunCommand;
import org.ipcconformance.cli.selftest.SelftestCommand;
import org.ipcconformance.cli.version.VersionProvider;
import org.ipcconformance.cli.engine.AdapterPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: its subcommands do the work. */
@Command(name = "ipc-conformance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Certifies inter-process communication: runs the executable specifications of the IPC "
                + "property catalog against adapters (the native OS, the simulator, the JDK) and writes a "
                + "conformance matrix (index.html) and a JSON summary (conformance.json).",
        subcommands = {RunCommand.class, ReportCommand.class, ListCommand.class, SelftestCommand.class, MergeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the gate passed (selftest: all good)",
            "1:a MUST property is FAIL or TIMEOUT outside the baseline, a result is XPASS, or one is BROKEN "
                    + "without --allow-broken (selftest: a clean failure or a survivor)",
            "2:usage error, a malformed baseline, or the harness could not run (merge: a missing or malformed input)"})
public final class IpcConformanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Read by Main before the command runs (from whichever command it was given to).
    @Option(names = AdapterPath.OPTION, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Adapters from jars outside the command line: jars, folders of classes or folders of jars, "
                    + "':'-separated (the adapter and the libraries it needs). Default: $" + AdapterPath.VARIABLE
                    + ", or none. See: ipc-conformance list")
    String adapterPath;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of run, report, list, selftest, merge");
    }
}
