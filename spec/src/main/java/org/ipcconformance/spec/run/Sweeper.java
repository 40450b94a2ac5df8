package org.ipcconformance.spec.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes what dead runs left: a run is dead when the process named in its owner file is gone
 * (or its PID now belongs to a process that started at another time). Its leftover processes,
 * found by the run directory on their command line, are killed; its directory, with every FIFO
 * and socket file in it, is removed. This is what makes a run killed with SIGKILL harmless.
 */
public final class Sweeper {
    private final Path root;

    Sweeper(Path root) {
        this.root = root;
    }

    /**
     * What one sweep removed, for the run's log, and the kernel objects it could not remove (their
     * runs keep their ledgers for the next sweep).
     */
    public record Report(List<Path> runsRemoved, List<Long> processesKilled, List<String> objectsRemoved,
                         List<String> objectsLeft) {
        public boolean isEmpty() {
            return runsRemoved.isEmpty() && processesKilled.isEmpty() && objectsRemoved.isEmpty() && objectsLeft.isEmpty();
        }

        @Override
        public String toString() {
            return "removed " + runsRemoved.size() + " dead run(s), killed " + processesKilled.size()
                    + " leftover process(es), removed " + objectsRemoved.size() + " kernel object(s)"
                    + (objectsLeft.isEmpty() ? "" : ", could not remove " + objectsLeft.size() + " " + objectsLeft);
        }
    }

    Report sweepDeadRuns() throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Long> killed = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        List<String> left = new ArrayList<>();
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(root, "run-*")) {
            for (Path run : runs) {
                if (isAlive(run)) {
                    continue;
                }
                killed.addAll(killProcessesOf(run));
                // After the kill: no process of the run can create another object meanwhile.
                LeftoverCleaner.Cleanup cleanup = LeftoverCleaner.cleanAll(run);
                objects.addAll(cleanup.removed());
                left.addAll(cleanup.leftovers());
                if (RunDirectory.removeKeepingLedgerOf(run, cleanup)) {
                    removed.add(run);
                }
            }
        }
        return new Report(removed, killed, objects, left);
    }

    private static boolean isAlive(Path run) {
        Path owner = run.resolve(RunDirectory.ownerFile());
        String[] fields;
        try {
            fields = Files.readString(owner).strip().split(" ");
        } catch (IOException e) {
            // No owner file: a run that died while being created, or the file is unreadable. A live
            // run writes it right after mkdir, so give a fresh directory the benefit of the doubt.
            return isYoungerThanAMinute(run);
        }
        long pid;
        try {
            pid = Long.parseLong(fields[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        String recorded = fields.length > 1 ? fields[1] : "?";
        Optional<Instant> started = RunDirectory.startOf(p.get());
        // A reused PID belongs to a process that started at another time.
        return recorded.equals("?") || started.isEmpty() || started.get().toString().equals(recorded);
    }

    private static boolean isYoungerThanAMinute(Path run) {
        try {
            return Files.getLastModifiedTime(run).toInstant().isAfter(Instant.now().minusSeconds(60));
        } catch (IOException e) {
            return false;
        }
    }

    /** Kills (SIGKILL) every process whose command line names this run directory. */
    static List<Long> killProcessesOf(Path run) {
        String marker = run.toAbsolutePath().toString();
        long self = ProcessHandle.current().pid();
        List<Long> killed = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> names(c, marker)).orElse(false))
                .forEach(p -> {
                    if (p.destroyForcibly()) {
                        killed.add(p.pid());
                    }
                });
        return killed;
    }

    /** True when a command line names the run directory itself or a path below it. */
    private static boolean names(String commandLine, String marker) {
        return commandLine.contains(marker + "/") || commandLine.contains(marker + " ") || commandLine.endsWith(marker);
    }
}
