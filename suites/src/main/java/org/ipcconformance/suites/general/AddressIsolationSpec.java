package org.ipcconformance.suites.general;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed, concept: every process has its own address space, so its globals are its own. */
class AddressIsolationSpec {

    @Property("IPC-ADDRESS-ISOLATION")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_MEMORY})
    void aGlobalWrittenInOneProcessIsInvisibleInAnother(Sandbox box, Evidence evidence) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        Proc unrelated = box.self().spawnUnrelated();

        child.memory().writeGlobal(42);
        assertThat(child.memory().readGlobal()).as("the writer reads back its own global").isEqualTo(42);
        assertThat(unrelated.memory().readGlobal()).as("the same global in another process running the same program").isZero();

        unrelated.memory().writeGlobal(5);
        assertThat(child.memory().readGlobal()).as("the first process's global after the other one wrote its copy").isEqualTo(42);
        assertThat(unrelated.memory().readGlobal()).isEqualTo(5);
        evidence.record("globals", child.name() + "=42, " + unrelated.name() + "=5 after each wrote its own");
        child.memory().globalAddress().ifPresent(a -> evidence.record("address of the global", "0x" + Long.toHexString(a) + " in "
                + child.name() + ", 0x" + Long.toHexString(unrelated.memory().globalAddress().orElse(-1)) + " in " + unrelated.name()));
    }
}
