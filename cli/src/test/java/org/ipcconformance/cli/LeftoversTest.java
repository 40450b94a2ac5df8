package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.RunDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel object of the run that its cleanup cannot remove (a /dev/shm object made immutable
 * with chattr +i, which tmpfs honours) is named in the console summary and in the report's
 * {@code leftovers}, and the run directory keeps its ledger for the next sweep.
 */
class LeftoversTest {

    @Test
    void anObjectTheRunCouldNotRemoveIsNamedInTheSummaryAndTheReport(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chattr")), "no /usr/bin/chattr");
        RunDirectory run = RunDirectory.current();
        String posix = KernelObjects.posixPrefix(run.path()) + "s0-stuck";
        KernelObjects.record(run, "posix-shm", posix);
        Path file = Files.createFile(Path.of("/dev/shm", posix.substring(1)),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        chattr("+i", file);
        try {
            Cli cli = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-EOF", "--out", tmp.toString(),
                    "--no-allure-results");
            assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
            assertThat(cli.out()).contains("Left behind: 1 kernel object(s) could not be removed; the ledger in " + run.path(),
                    "  /dev/shm/" + file.getFileName());
            JsonNode leftovers = new ObjectMapper().readTree(tmp.resolve("conformance.json").toFile()).get("leftovers");
            List<String> named = new ArrayList<>();
            leftovers.forEach(n -> named.add(n.asText()));
            assertThat(named).containsExactly("/dev/shm/" + file.getFileName());
            assertThat(run.path().resolve("kernel-objects")).as("the ledger, kept for the next sweep").isRegularFile();
        } finally {
            chattr("-i", file);
            Files.deleteIfExists(file);
            RunDirectory.deleteTree(run.path());
        }
    }

    @Test
    void aRunThatRemovedEverythingListsNoLeftovers(@TempDir Path tmp) throws Exception {
        Cli cli = Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-EOF", "--out", tmp.toString(),
                "--no-allure-results");
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).doesNotContain("Left behind");
        JsonNode leftovers = new ObjectMapper().readTree(tmp.resolve("conformance.json").toFile()).get("leftovers");
        assertThat(leftovers.isArray() && leftovers.isEmpty()).as("leftovers: %s", leftovers).isTrue();
    }

    private static void chattr(String flag, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/chattr", flag, file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("chattr " + flag + " " + file + ": " + said.strip());
        }
    }
}
