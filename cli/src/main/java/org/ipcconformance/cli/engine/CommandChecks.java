package org.ipcconformance.cli.engine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What {@code run} and {@code selftest} both check of their options, and how both report a harness failure. */
public final class CommandChecks {
    private CommandChecks() {
    }

    public static void positiveTimeout(CommandSpec spec, int seconds) {
        if (seconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, not " + seconds);
        }
    }

    /** The absolute output folder; usage error when the path is an existing file. */
    public static Path outputFolder(CommandSpec spec, Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        return dir;
    }

    /** Prints each problem as a harness error; true when there was any (exit code 2). */
    public static boolean reportHarnessProblems(PrintWriter err, List<String> problems) {
        problems.forEach(p -> err.println("ipc-conformance: harness error: " + p));
        err.flush();
        return !problems.isEmpty();
    }
}
