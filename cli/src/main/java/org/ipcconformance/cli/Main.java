package org.ipcconformance.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ipcconformance.cli.engine.AdapterPath;
import picocli.CommandLine;

/** Entry point of {@code ipc-conformance}: parses the command line and exits with the gate's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs the chosen command with the adapter path in force: the registry finds the adapters
     * through it, and so does anything else the command loads as a service (leftover cleaners).
     */
    private static int withAdapterPath(CommandLine.ParseResult parsed) {
        String option = null;
        CommandLine chosen = parsed.commandSpec().commandLine();
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            option = p.matchedOptionValue(AdapterPath.OPTION, option);
            chosen = p.commandSpec().commandLine();
        }
        ClassLoader loader;
        try {
            loader = AdapterPath.apply(option, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(chosen, e.getMessage(), e, null, option);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Runs one command line; the exit code is the return value (see {@link IpcConformanceCommand}). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cl = new CommandLine(new IpcConformanceCommand())
                    .setOut(o)
                    .setErr(e)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler(Errors::usage)
                    .setExecutionExceptionHandler(Errors::execution)
                    .setExecutionStrategy(Main::withAdapterPath);
            return cl.execute(args);
        } catch (LinkageError | java.util.ServiceConfigurationError x) {
            // A broken class path (an adapter jar that does not load) is a harness error, not a crash.
            e.println("ipc-conformance: the class path is broken: " + Errors.describe(x));
            return org.ipcconformance.reports.gate.Gate.USAGE_OR_HARNESS_ERROR;
        } finally {
            o.flush();
            e.flush();
        }
    }
}
