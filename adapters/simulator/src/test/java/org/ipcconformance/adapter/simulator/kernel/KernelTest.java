package org.ipcconformance.adapter.simulator.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.spec.spi.ChildOptions;
import org.junit.jupiter.api.Test;

/** What the SPI cannot show: the model's processes carry the run's identity, as real ones must. */
class KernelTest {

    @Test
    void everyModelProcessNamesTheRunDirectoryOnItsCommandLine() {
        Path run = Path.of("/tmp/ipc-conformance-x/run-1-0");
        Kernel k = new Kernel(Faults.none(), run, run.resolve("s1"), "spec");
        ModelProcess child = k.processes().spawnChild(k.self(), ChildOptions.inheriting());
        ModelProcess unrelated = k.processes().spawnUnrelated(k.self());
        for (ModelProcess p : new ModelProcess[] {k.self(), child, unrelated}) {
            assertThat(p.argv()).contains(run.toString());
        }
        assertThat(child.name()).isEqualTo("child-1");
        assertThat(unrelated.name()).isEqualTo("unrelated-2");
        k.shutDown();
        assertThat(k.processes().state(child).kind().name()).isEqualTo("EXITED");
    }
}
