package org.ipcconformance.spec.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and a ledger for the kernel objects a run creates (System V keys, POSIX names), which
 * outlive every process and so also a run killed with SIGKILL. Each object is written into the
 * run directory's ledger <em>before</em> it is created, so that the sweep of a dead run
 * ({@link Sweeper}, through each adapter's {@link LeftoverCleaner}) finds and removes it.
 * POSIX names also carry the run's directory name, so that a sweep finds them by prefix too.
 */
public final class KernelObjects {
    static final String LEDGER = "kernel-objects";
    /** Every POSIX name of a run starts with this, then the run directory's name. */
    public static final String POSIX_PREFIX = "/ipcc-";

    private KernelObjects() {
    }

    /** One ledger line: a kind chosen by the adapter ({@code sysv-msg}, {@code posix-shm}...) and the kernel's name for it. */
    public record Entry(String kind, String external) {
    }

    /**
     * The POSIX name for a spec's {@code name} in this sandbox:
     * {@code /ipcc-<run dir>-<sandbox dir>-<name>}, e.g. {@code /ipcc-run-4242-1-s3-jobs}.
     */
    public static String posixName(SandboxContext context, String name) {
        return posixPrefix(context.run().path()) + context.directory().getFileName() + "-" + name;
    }

    /** The prefix of every POSIX name of the run whose directory is {@code run}. */
    public static String posixPrefix(Path run) {
        return POSIX_PREFIX + run.getFileName() + "-";
    }

    /**
     * A System V key for a spec's {@code name} in this sandbox, derived from the run, the
     * sandbox and the name; {@code attempt} 0, 1, 2... gives other keys for when one is taken
     * (IPC_EXCL failed with EEXIST). Never IPC_PRIVATE (0) and never negative.
     */
    public static int sysvKey(SandboxContext context, String name, int attempt) {
        String text = context.run().path() + "\n" + context.directory().getFileName() + "\n" + name + "\n" + attempt;
        byte[] digest = sha256(text.getBytes(StandardCharsets.UTF_8));
        int key = ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        return key == 0 ? 1 : key;
    }

    /** Writes an object into the run's ledger; call it before creating the object. */
    public static void record(RunDirectory run, String kind, String external) {
        if (kind.contains(" ") || kind.contains("\n") || external.contains("\n")) {
            throw new IllegalArgumentException("a ledger kind has no blank and an external name no newline: " + kind + " " + external);
        }
        Path ledger = run.path().resolve(LEDGER);
        synchronized (KernelObjects.class) {
            try {
                Files.writeString(ledger, kind + " " + external + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the kernel object ledger " + ledger, e);
            }
        }
    }

    /** What a run's ledger lists (objects may have been removed since); empty when it has none. */
    public static List<Entry> read(Path run) {
        List<String> lines;
        try {
            lines = Files.readAllLines(run.resolve(LEDGER), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kernel object ledger of " + run, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space > 0) {
                entries.add(new Entry(line.substring(0, space), line.substring(space + 1)));
            }
        }
        return entries;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
