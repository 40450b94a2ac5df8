package org.ipcconformance.spec.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The private directory of one run: {@code <tmp>/ipc-conformance-<user>/run-<pid>-<n>}, mode 0700.
 * Its path is the run's identity: every process the run starts carries it on its command line,
 * every FIFO and socket file lives below it. Creating a run first sweeps what dead runs left
 * (see {@link Sweeper}); closing it removes the directory.
 */
public final class RunDirectory implements AutoCloseable {
    private static final String OWNER_FILE = "owner";
    private static RunDirectory current;

    private final Path path;
    private final AtomicInteger sandboxes = new AtomicInteger();
    private final Sweeper.Report sweep;
    private volatile List<String> leftovers = List.of();

    private RunDirectory(Path path, Sweeper.Report sweep) {
        this.path = path;
        this.sweep = sweep;
    }

    /** The folder that holds every run of this user; {@code IPC_CONFORMANCE_RUNS} moves it. */
    public static Path root() {
        String override = System.getenv("IPC_CONFORMANCE_RUNS");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "ipc-conformance-" + System.getProperty("user.name"));
    }

    /** The run of this JVM, created (after a sweep of dead runs) on first use. */
    public static synchronized RunDirectory current() {
        if (current == null || !Files.isDirectory(current.path)) {
            RunDirectory run = create(root());
            // Whoever drives the run (CLI, Surefire, an IDE) may not close it; the JVM's end does.
            Runtime.getRuntime().addShutdownHook(new Thread(run::close, "ipc-run-cleanup"));
            current = run;
        }
        return current;
    }

    static RunDirectory create(Path root) {
        try {
            createPrivateDirectories(root);
            Sweeper.Report report = new Sweeper(root).sweepDeadRuns();
            long pid = ProcessHandle.current().pid();
            for (int n = 0; ; n++) {
                Path dir = root.resolve("run-" + pid + "-" + n);
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                Files.writeString(dir.resolve(OWNER_FILE), pid + " " + startOf(ProcessHandle.current()).map(Instant::toString).orElse("?") + "\n");
                return new RunDirectory(dir, report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory under " + root, e);
        }
    }

    private static void createPrivateDirectories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
    }

    static Optional<Instant> startOf(ProcessHandle p) {
        return p.info().startInstant();
    }

    public Path path() {
        return path;
    }

    /** What the sweep at this run's start removed. */
    public Sweeper.Report sweepReport() {
        return sweep;
    }

    /** A new private (0700) directory for one sandbox. */
    public Path newSandboxDirectory() {
        Path dir = path.resolve("s" + sandboxes.incrementAndGet());
        try {
            return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create sandbox directory " + dir, e);
        }
    }

    /** Removes a directory tree; quiet about what is gone already. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /**
     * Kills processes still carrying this run's identity, removes its kernel objects, then the
     * directory; but what could not be removed ({@link #leftovers()}) keeps the ledger and owner file
     * in the directory, so that the next run's sweep finds it once this JVM is gone.
     */
    @Override
    public synchronized void close() {
        Sweeper.killProcessesOf(path);
        LeftoverCleaner.Cleanup cleanup = LeftoverCleaner.cleanAll(path);
        leftovers = cleanup.leftovers();
        removeKeepingLedgerOf(path, cleanup);
        synchronized (RunDirectory.class) {
            if (current == this) {
                current = null;
            }
        }
    }

    /** The kernel objects that {@link #close()} found still there after removing them; empty before it ran. */
    public List<String> leftovers() {
        return leftovers;
    }

    /**
     * Removes a run directory after its cleanup: all of it when nothing was left, else all but its
     * ledger and owner file. True when it is gone.
     */
    static boolean removeKeepingLedgerOf(Path run, LeftoverCleaner.Cleanup cleanup) {
        if (cleanup.leftovers().isEmpty()) {
            deleteTree(run);
            return true;
        }
        Path ledger = run.resolve(KernelObjects.LEDGER);
        Path owner = run.resolve(OWNER_FILE);
        try (Stream<Path> walk = Files.walk(run)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(run) && !p.equals(ledger) && !p.equals(owner)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + run, e);
        }
        return false;
    }

    static String ownerFile() {
        return OWNER_FILE;
    }
}
