package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.ipcconformance.spec.spi.HarnessException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Harness errors: exit code 2 and one line that says what; a stack trace only for internal bugs. */
class ErrorsTest {

    private static String handle(Exception e, int[] code) {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new IpcConformanceCommand()).setErr(new PrintWriter(err));
        code[0] = Errors.execution(e, cmd, null);
        return err.toString();
    }

    @Test
    void aHarnessErrorIsOneLineAndExitCodeTwo() {
        int[] code = new int[1];
        String err = handle(new HarnessException("adapter native cannot run here: no C compiler (install gcc)",
                new IllegalStateException("cc: not found")), code);
        assertThat(code[0]).isEqualTo(2);
        assertThat(err.lines()).containsExactly(
                "ipc-conformance: adapter native cannot run here: no C compiler (install gcc): cc: not found");
    }

    @Test
    void anIoProblemIsOneLineToo() {
        int[] code = new int[1];
        String err = handle(new UncheckedIOException("cannot create the run directory under /nope",
                new java.io.IOException("Permission denied")), code);
        assertThat(code[0]).isEqualTo(2);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).contains("Permission denied");
    }

    @Test
    void anInternalBugSaysSoFirstThenTheTrace() {
        int[] code = new int[1];
        String err = handle(new NullPointerException("boom"), code);
        assertThat(code[0]).isEqualTo(2);
        assertThat(err.lines().findFirst().orElseThrow()).isEqualTo(
                "ipc-conformance: internal error: boom (a bug of ipc-conformance; the stack trace follows)");
        assertThat(err).contains("\tat ");
    }
}
