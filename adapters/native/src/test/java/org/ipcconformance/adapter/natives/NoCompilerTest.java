package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** Without an agent, specs that need other processes are BROKEN, and self-only specs still run. */
class NoCompilerTest {

    @Test
    void selfOnlyWorkGoesOnWhenTheAgentCannotBeBuilt() {
        RunDirectory run = RunDirectory.current();
        NativeAdapter adapter = new NativeAdapter(() -> {
            throw new HarnessException("no C compiler found (tried $CC, cc, gcc): install gcc or set CC");
        });
        try (Sandbox box = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "no compiler"))) {
            Pipe pipe = box.self().pipes().pipe();
            box.self().pipes().write(pipe.writeEnd(), "ok".getBytes());
            assertThat(box.self().pipes().read(pipe.readEnd(), 2)).isEqualTo("ok".getBytes());
            assertThatThrownBy(() -> box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd())))
                    .isInstanceOf(HarnessException.class)
                    .hasMessageContaining("no C compiler found");
            assertThat(adapter.environment().get("compiler")).startsWith("none: no C compiler found");
        }
    }
}
