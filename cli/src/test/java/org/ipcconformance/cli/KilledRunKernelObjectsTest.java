package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ipcconformance.spec.run.KernelObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kernel objects outlive a run killed with SIGKILL; the next run's start-up sweep must remove them.
 * A real native run of the message-queue specs is frozen (SIGSTOP) at a moment when its ledger
 * names objects that exist, and killed there; what it held is then left in the kernel. Objects of
 * both families are planted beside them, as a spec holding both would have left them. After the
 * next run, nothing the dead run's ledger names exists, whatever its kind: the check reads the
 * kernel's own tables, so shared memory and semaphores are covered as soon as they are ledgered.
 */
class KilledRunKernelObjectsTest {
    /** Runs started until one is caught holding objects; each offers a dozen spec invocations. */
    private static final int ATTEMPTS = 10;

    @Test
    void whatARunKilledWithSigkillHeldInTheKernelIsGoneAfterTheNextRun(@TempDir Path tmp) throws Exception {
        // A folder of runs of its own: no other run on the machine sweeps the dead one before the next run here.
        Path runs = Files.createDirectory(tmp.resolve("runs"));
        Killed killed = null;
        for (int attempt = 0; attempt < ATTEMPTS && killed == null; attempt++) {
            killed = killWhileHoldingObjects(runs, tmp.resolve("killed-" + attempt));
        }
        assertThat(killed).as("a native message-queue run caught and killed while its ledger named live objects").isNotNull();
        assertThat(killed.leftBehind()).as("objects the killed run left in the kernel").isNotEmpty();

        // A spec holding both families at once would leave one of each: plant them, ledgered as the adapter does.
        int key = ThreadLocalRandom.current().nextInt(1 << 24, Integer.MAX_VALUE);
        String name = KernelObjects.posixPrefix(killed.run()) + "s99-planted";
        appendToLedger(killed.run(), "sysv-msg " + String.format("0x%08x", key));
        KernelIpcProbe.createSysvQueue(key);
        appendToLedger(killed.run(), "posix-mq " + name);
        KernelIpcProbe.createPosixQueue(name);
        List<KernelObjects.Entry> ledger = KernelObjects.read(killed.run());
        assertThat(live(ledger)).as("live objects of the dead run before the next run").hasSizeGreaterThanOrEqualTo(3);

        Path log = tmp.resolve("next.log");
        Process next = cli(runs, log, "run", "--adapters", "simulator", "--properties", "PIPE-BYTE-STREAM", "--out", tmp.resolve("next").toString());
        int exit = next.waitFor();
        String out = Files.readString(log);

        assertThat(exit).as(out).isZero();
        assertThat(out).contains("Start-up sweep", killed.run().toString());
        assertThat(killed.run()).as("the dead run's directory after the next run's sweep").doesNotExist();
        assertThat(live(ledger)).as("objects of the dead run's ledger still in the kernel after the next run").isEmpty();
        assertThat(KernelIpcProbe.namesWithPrefix(KernelObjects.posixPrefix(killed.run())))
                .as("POSIX names with the dead run's prefix in /dev/shm and /dev/mqueue").isEmpty();
    }

    private record Killed(Path run, List<String> leftBehind) {
    }

    /**
     * Starts a native run of the message-queue specs and polls its ledger; when it names objects,
     * the run is frozen and, if they exist, killed; else it goes on. Null if the run ended first
     * or nothing was left once it died (an agent may finish a removal after the freeze).
     */
    private static Killed killWhileHoldingObjects(Path runs, Path out) throws Exception {
        Files.createDirectories(out);
        Process run = cli(runs, out.resolve("run.log"), "run", "--adapters", "native", "--mechanism", "message-queue",
                "--out", out.toString());
        AtomicReference<Killed> killed = new AtomicReference<>();
        try {
            await("the run to be caught holding objects, or to end").atMost(Duration.ofSeconds(120))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> !run.isAlive() || caught(runs, run, killed));
            return killed.get();
        } finally {
            run.destroyForcibly();
            run.waitFor();
        }
    }

    /** One look: freezes the run when its ledger names objects; kills it if they exist, else lets it go on. */
    private static boolean caught(Path runs, Process run, AtomicReference<Killed> killed) throws Exception {
        Optional<Path> dir = runOf(runs, run.pid());
        if (dir.isEmpty() || KernelObjects.read(dir.get()).isEmpty()) {
            return false;
        }
        signal("STOP", run.pid());
        if (live(KernelObjects.read(dir.get())).isEmpty()) {
            signal("CONT", run.pid());
            return false;
        }
        run.destroyForcibly();
        run.waitFor();
        // Agents run on after the freeze and may finish a removal: what is left counts.
        List<String> left = live(KernelObjects.read(dir.get()));
        if (!left.isEmpty()) {
            killed.set(new Killed(dir.get(), left));
        }
        return true;
    }

    /** The ledger entries whose object exists now, by the shape of its name: a System V key or a POSIX name. */
    private static List<String> live(List<KernelObjects.Entry> ledger) throws IOException {
        List<String> keys = KernelIpcProbe.sysvKeys();
        List<String> live = new ArrayList<>();
        // "<kind>-taken NAME" marks a candidate name that turned out to be someone else's object: not the run's.
        List<KernelObjects.Entry> taken = ledger.stream().filter(e -> e.kind().endsWith("-taken"))
                .map(e -> new KernelObjects.Entry(e.kind().substring(0, e.kind().length() - "-taken".length()), e.external()))
                .toList();
        for (KernelObjects.Entry e : ledger) {
            if (e.kind().endsWith("-taken") || taken.contains(e)) {
                continue;
            }
            if (e.external().startsWith("0x")) {
                if (keys.contains(e.external())) {
                    live.add(e.kind() + " " + e.external());
                }
            } else if (e.external().startsWith("/")) {
                if (KernelIpcProbe.posixNameExists(e.external())) {
                    live.add(e.kind() + " " + e.external());
                }
            } else {
                throw new AssertionError("a ledger entry names neither a System V key (0x...) nor a POSIX name (/...): " + e);
            }
        }
        return live;
    }

    /** The ledger is append-only text, one "kind external" per line (KernelObjects). */
    private static void appendToLedger(Path run, String line) throws IOException {
        Files.writeString(run.resolve("kernel-objects"), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start();
        kill.waitFor();
    }

    private static Optional<Path> runOf(Path runs, long pid) throws IOException {
        try (Stream<Path> all = Files.list(runs)) {
            return all.filter(p -> p.getFileName().toString().startsWith("run-" + pid + "-")).findFirst();
        }
    }

    /** The command line in a JVM of its own, its runs in {@code runs} (IPC_CONFORMANCE_RUNS). */
    private static Process cli(Path runs, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("IPC_CONFORMANCE_RUNS", runs.toString());
        return pb.start();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
