package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors: exit code 2, one clear line first, then the usage; never a bare stack trace. */
class UsageTest {

    private static void assertUsageError(Cli cli, String... inFirstLine) {
        assertThat(cli.exitCode()).isEqualTo(2);
        String first = cli.err().lines().findFirst().orElse("");
        assertThat(first).startsWith("ipc-conformance: ").contains(inFirstLine);
        assertThat(cli.err()).contains("Usage: ipc-conformance").doesNotContain("\tat ", "Exception");
    }

    @Test
    void anUnknownAdapterFailsAtOnceNamingTheKnownOnes() {
        Cli cli = Cli.run("run", "--adapters", "simulator,bogus");
        assertUsageError(cli, "unknown adapter 'bogus'", "known adapters:", "simulator");
        assertThat(cli.out()).doesNotContain("Reports:");
    }

    @Test
    void anUnknownPlantedFaultIsAUsageErrorToo() {
        assertUsageError(Cli.run("run", "--adapters", "simulator:no-such-fault"), "no planted fault 'no-such-fault'");
    }

    @Test
    void anUnknownPropertyOrMechanismIsNamed() {
        assertUsageError(Cli.run("run", "--adapters", "simulator", "--properties", "PIPE-EOFF"),
                "unknown property 'PIPE-EOFF'", "PIPE-EOF");
        assertUsageError(Cli.run("run", "--adapters", "simulator", "--mechanism", "carrier-pigeon"),
                "unknown mechanism 'carrier-pigeon'", "pipe");
    }

    @Test
    void propertiesAndMechanismExcludeEachOther() {
        assertUsageError(Cli.run("run", "--properties", "PIPE-EOF", "--mechanism", "pipe"), "mutually exclusive");
    }

    @Test
    void aTimeLimitMustBePositiveAndANumber() {
        assertUsageError(Cli.run("run", "--adapters", "simulator", "--timeout", "0"), "--timeout must be a positive");
        assertUsageError(Cli.run("run", "--timeout", "soon"), "--timeout", "soon");
    }

    @Test
    void anUnknownOptionOrCommandOrNoneAtAll() {
        assertUsageError(Cli.run("run", "--adaptors", "simulator"), "--adaptors");
        assertUsageError(Cli.run("certify"), "certify");
        assertUsageError(Cli.run(), "missing command");
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertUsageError(Cli.run("run", "--adapters", "simulator", "--out", file.toString()), "is a file");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedBeforeAnySpecRuns(@TempDir Path tmp) throws Exception {
        // /proc takes no new folders, even from root; a path under a file cannot be created either.
        Cli proc = Cli.run("run", "--adapters", "simulator", "--out", "/proc/ipc-conformance-report");
        assertUsageError(proc, "--out /proc/ipc-conformance-report cannot be written");
        assertThat(proc.out()).as("nothing ran").doesNotContain("PASS", "Reports:");
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertUsageError(Cli.run("selftest", "--out", file.resolve("sub").toString()), "cannot be written");
    }

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run", "list", "selftest", "Exit codes:");
        Cli runHelp = Cli.run("run", "--help");
        assertThat(runHelp.exitCode()).isZero();
        assertThat(runHelp.out()).contains("--adapters=LIST", "--out=DIR", "--timeout=SECONDS", "--properties=ID",
                "--mechanism=NAME", "conformance-report");
        Cli version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ipc-conformance ").doesNotContain("${");
    }
}
