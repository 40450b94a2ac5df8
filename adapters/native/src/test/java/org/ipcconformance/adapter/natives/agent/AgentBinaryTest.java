package org.ipcconformance.adapter.natives.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.spec.spi.HarnessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentBinaryTest {

    @Test
    void withoutACompilerTheMessageSaysWhatToInstall() {
        assertThatThrownBy(() -> Compiler.find("no-such-cc-here --flag", List.of("no-such-cc-either")))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("no C compiler found (tried $CC=no-such-cc-here --flag, no-such-cc-either)")
                .hasMessageContaining("install gcc or set CC");
    }

    @Test
    void buildsOnceIntoTheCacheAndReusesIt(@TempDir Path cache) {
        AgentBinary first = AgentBinary.build(cache);
        assertThat(first.path()).isExecutable();
        assertThat(first.path().getParent().getFileName().toString()).matches("agent-[0-9a-f]{16}");
        assertThat(first.buildMillis()).isPositive();
        AgentBinary second = AgentBinary.build(cache);
        assertThat(second.path()).isEqualTo(first.path());
        assertThat(second.buildMillis()).isZero();
        assertThat(second.compiler()).isEqualTo(first.compiler());
        assertThat(first.path().getParent().toFile().list()).containsExactlyInAnyOrder("ipc-agent", "compiler");
    }

    @Test
    void theSourcesTravelInTheJar() throws Exception {
        assertThat(AgentBinary.sources()).containsOnlyKeys(AgentBinary.SOURCES);
        assertThat(new String(AgentBinary.sources().get("ipc-agent.c"))).contains("int main(");
        assertThat(Files.exists(Path.of("src/main/c/ipc-agent.c"))).isTrue();
    }
}
