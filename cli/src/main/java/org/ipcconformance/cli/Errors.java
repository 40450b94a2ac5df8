package org.ipcconformance.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.ipcconformance.spec.catalog.CatalogException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.reports.gate.Gate;
import picocli.CommandLine;

/**
 * How the command line reports what went wrong: one line that says what and what to do, then
 * (for usage errors) the usage. Exit code 2 for both usage and harness errors; a stack trace only
 * follows that line for an unexpected internal error.
 */
final class Errors {
    private static final String PREFIX = "ipc-conformance: ";

    private Errors() {
    }

    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(PREFIX + oneLine(ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println();
        err.print(cmd.getUsageMessage());
        err.flush();
        return Gate.USAGE_OR_HARNESS_ERROR;
    }

    static int execution(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof HarnessException || ex instanceof CatalogException || ex instanceof UncheckedIOException
                || ex instanceof IllegalArgumentException) {
            err.println(PREFIX + describe(ex));
        } else {
            err.println(PREFIX + "internal error: " + describe(ex) + " (a bug of ipc-conformance; the stack trace follows)");
            ex.printStackTrace(err);
        }
        err.flush();
        return Gate.USAGE_OR_HARNESS_ERROR;
    }

    /** The message, with the cause's when it adds something. */
    static String describe(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        Throwable cause = t.getCause();
        if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
            m = m + ": " + cause.getMessage();
        }
        return oneLine(m);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
