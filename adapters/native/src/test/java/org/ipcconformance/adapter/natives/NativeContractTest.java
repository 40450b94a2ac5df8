package org.ipcconformance.adapter.natives;

import java.time.Duration;
import java.util.Optional;
import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/** The adapter contract on the native adapter. */
class NativeContractTest extends AdapterContract {
    private FrozenCgroup frozen;

    @Override
    public AdapterProvider provider() {
        return new NativeAdapterProvider();
    }

    /** Self is the harness JVM and every other process a real agent process started with posix_spawn. */
    @Override
    public boolean pidsAreOsProcessIds() {
        return true;
    }

    /** A real agent frozen in a cgroup-v1 freezer: asleep in the kernel, SIGKILL has no effect until it is thawed. */
    @Override
    public Optional<Proc> startProcessThatWillNotDie(Sandbox sandbox) {
        Optional<String> unavailable = FrozenCgroup.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "not checked: " + unavailable.orElse(""));
        Proc child = sandbox.self().spawnChild(ChildOptions.inheriting());
        frozen = FrozenCgroup.freeze(child.pid(), Duration.ofSeconds(5));
        return Optional.of(child);
    }

    /** Thaws the frozen agent after the rule: its pending SIGKILL ends it and its reaper reaps it. */
    @AfterEach
    void thaw() throws Exception {
        FrozenCgroup f = frozen;
        frozen = null;
        if (f != null) {
            f.close();
        }
    }
}
