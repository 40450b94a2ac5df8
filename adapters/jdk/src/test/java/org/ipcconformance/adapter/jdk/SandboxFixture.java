package org.ipcconformance.adapter.jdk;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** Opens the jdk adapter through the SPI, as the harness does, and a fresh sandbox per test. */
abstract class SandboxFixture {
    static RunDirectory run;
    static Adapter adapter;
    Sandbox box;

    @BeforeAll
    static void openAdapter() {
        run = RunDirectory.current();
        adapter = provider().open(run, null);
    }

    /** Also removes the run directory: the next class gets a fresh one from RunDirectory.current(). */
    @AfterAll
    static void closeAdapter() {
        adapter.close();
        run.close();
    }

    @BeforeEach
    void openSandbox(TestInfo test) {
        box = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), test.getDisplayName()));
    }

    @AfterEach
    void closeSandbox() {
        box.close();
    }

    static AdapterProvider provider() {
        return ServiceLoader.load(AdapterProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("jdk"))
                .findFirst().orElseThrow(() -> new AssertionError("no AdapterProvider with id jdk on the class path"));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
