package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.junit.jupiter.api.Test;

/** What posix_spawn's attributes promise: no blocked signal, and SIGPIPE as asked. */
class AgentStartStateTest extends SandboxTest {
    private static final long SIGPIPE_BIT = 1L << (13 - 1);
    /** Signals 32 and 33 belong to glibc itself (thread cancellation, setxid); no libc call can reset them. */
    private static final long GLIBC_INTERNAL = (1L << 31) | (1L << 32);

    @Test
    void aDefaultChildBlocksAndIgnoresNothing() throws IOException {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        assertThat(mask(child, "SigBlk")).isZero();
        assertThat(mask(child, "SigIgn")).isZero();
    }

    @Test
    void anIgnoringChildIgnoresSigpipeOnly() throws IOException {
        Proc child = self.spawnChild(ChildOptions.inheriting().withSigpipe(SignalDisposition.IGNORE));
        assertThat(mask(child, "SigBlk")).isZero();
        assertThat(mask(child, "SigIgn")).isEqualTo(SIGPIPE_BIT);
    }

    @Test
    void aStoppedChildShowsStoppedAndResumesIdle() {
        Proc child = self.spawnUnrelated();
        Libc.kill((int) child.pid(), 19); // SIGSTOP
        eventually().until(() -> child.state().kind() == ProcState.Kind.STOPPED);
        Libc.kill((int) child.pid(), 18); // SIGCONT
        eventually().until(() -> child.state().kind() == ProcState.Kind.IDLE);
        assertThat(child.memory().readGlobal()).isZero();
    }

    private static long mask(Proc p, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status")).stream()
                .filter(l -> l.startsWith(field + ":"))
                .map(l -> Long.parseUnsignedLong(l.substring(field.length() + 1).strip(), 16) & ~GLIBC_INTERNAL)
                .findFirst().orElseThrow();
    }
}
