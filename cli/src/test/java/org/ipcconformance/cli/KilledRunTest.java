package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL cannot clean up after itself; the next run's start-up sweep must.
 * The killed run is a real CLI process, caught while a spec hangs (a poller that never sees the
 * store: no provable deadlock, so the spec waits out its time limit), with
 * a process of its own standing in for an agent orphaned in a blocking call.
 */
class KilledRunTest {

    @Test
    void whatARunKilledWithSigkillLeftIsGoneAfterTheNextRunStarts(@TempDir Path tmp) throws Exception {
        Process killed = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--adapters", "simulator:segment-copied-per-process", "--properties", "SHM-NO-COPY", "--timeout", "120",
                "--out", tmp.resolve("killed").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Path runDir;
        Path sandbox;
        Process orphan;
        try {
            // The run is "in the middle" once a sandbox directory stays: a spec is running, and hangs.
            sandbox = await("a sandbox of the run to be killed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> runOf(killed.pid()).flatMap(KilledRunTest::sandboxOf), Optional::isPresent)
                    .orElseThrow();
            runDir = sandbox.getParent();
            // The run directory lives as long as the run (a sandbox may go at any moment).
            Files.writeString(runDir.resolve("leftover"), "a file the dead run never removed");
            // Blocked in a read for ever and carrying the run directory on its command line (as $0),
            // like an agent orphaned inside a blocking call.
            orphan = new ProcessBuilder("sh", "-c", "read -r never", runDir.toString()).start();
        } finally {
            killed.destroyForcibly();
        }
        assertThat(killed.waitFor()).as("exit status of the killed run (128 + SIGKILL)").isEqualTo(137);
        assertThat(runDir).as("what SIGKILL left").isDirectory();

        Cli next = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-BYTE-STREAM", "--out", tmp.resolve("next").toString());

        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("Start-up sweep", runDir.toString());
        assertThat(runDir).as("the dead run's directory after the next run's sweep").doesNotExist();
        assertThat(orphan.waitFor(60, TimeUnit.SECONDS)).as("the orphan was killed by the sweep").isTrue();
        assertThat(orphan.exitValue()).as("exit status of the orphan (128 + SIGKILL)").isEqualTo(137);
    }

    private static Optional<Path> runOf(long pid) throws IOException {
        Path root = RunDirectory.root();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(root)) {
            List<Path> mine = runs.filter(p -> p.getFileName().toString().startsWith("run-" + pid + "-")).toList();
            return mine.stream().findFirst();
        }
    }

    private static Optional<Path> sandboxOf(Path run) {
        try (Stream<Path> entries = Files.list(run)) {
            return entries.filter(p -> p.getFileName().toString().matches("s\\d+") && Files.isDirectory(p)).findFirst();
        } catch (IOException e) {
            return Optional.empty(); // the run removed it meanwhile: look again
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
