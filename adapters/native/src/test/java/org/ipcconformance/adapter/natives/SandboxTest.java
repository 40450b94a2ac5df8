package org.ipcconformance.adapter.natives;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** Opens the native adapter through its provider and one sandbox per test, as the harness does. */
abstract class SandboxTest {
    protected Adapter adapter;
    protected Sandbox box;
    protected Proc self;

    @BeforeEach
    void openSandbox(TestInfo test) {
        RunDirectory run = RunDirectory.current();
        adapter = new NativeAdapterProvider().open(run, null);
        box = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), test.getDisplayName()));
        self = box.self();
    }

    @AfterEach
    void closeSandbox() {
        box.close();
        adapter.close();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5));
    }
}
