package org.ipcconformance.cli.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /**
     * The absolute output folder, proven creatable and writable before any spec runs: a run that
     * could not write its reports would lose every verdict at its end. Nothing is left behind by
     * the check (a command that stops later must not leave an empty folder). Usage error when the
     * path is an existing file or the folder cannot be created or written.
     */
    public static Path outputFolder(CommandSpec spec, Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        try {
            // Permission bits do not tell (root ignores them, a read-only mount does not show in them): try.
            Path existing = dir;
            while (!Files.exists(existing) && existing.getParent() != null) {
                existing = existing.getParent();
            }
            if (existing.equals(dir)) {
                Files.delete(Files.createTempFile(dir, ".ipc-conformance-write-check", ".tmp"));
            } else {
                Files.delete(Files.createDirectory(existing.resolve(dir.getName(existing.getNameCount()))));
            }
        } catch (IOException | SecurityException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " cannot be written (" + reason(e)
                    + "): choose a folder this user can create and write");
        }
        return dir;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + ((AccessDeniedException) e).getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " on " + f.getFile();
        }
        return String.valueOf(e.getMessage());
    }

    /** Prints each problem as a harness error; true when there was any (exit code 2). */
    public static boolean reportHarnessProblems(PrintWriter err, List<String> problems) {
        problems.forEach(p -> err.println("ipc-conformance: harness error: " + p));
        err.flush();
        return !problems.isEmpty();
    }
}
