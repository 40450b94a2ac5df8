package org.ipcconformance.spec.contract;

import java.time.Duration;
import java.util.Optional;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every adapter obeys, checked against the adapter's provider. Extend it in the
 * adapter's tests and name the provider:
 *
 * <pre>{@code
 * class MyContractTest extends AdapterContract {
 *     @Override
 *     public AdapterProvider provider() {
 *         return new MyAdapterProvider();
 *     }
 * }
 * }</pre>
 *
 * The rules, each a test whose failure says what to check:
 * <ul>
 *   <li>{@link LifecycleRules}: a sandbox opens with its own process (named, with a pid, not
 *       started); started processes exit, are awaited and killed; self refuses exit and kill;</li>
 *   <li>{@link FacetRules}: a process offers the facet of every declared feature (self all but
 *       signal handlers, mask and faults; a started one all but spawning, piped children and
 *       terminals); a missing feature's facet is NOT_APPLICABLE with the adapter's reason;</li>
 *   <li>{@link OneOperationAtATimeRules}: a process blocked in a read refuses a second call while
 *       {@code @Concurrent} calls (state, kill) answer, and completes once data is written;</li>
 *   <li>{@link CloseRules}: {@link Sandbox#close()} kills every started process, ends what it had
 *       pending, and returns within the bound, even when a process will not die;</li>
 *   <li>{@link HandleRules}: an inherited handle is the parent's object in the child; a named
 *       object is one object in unrelated processes;</li>
 *   <li>{@link FailureRules}: failures are {@code IpcException}s with the portable code and the
 *       raw one.</li>
 * </ul>
 * A rule that needs a feature the adapter lacks, or an override the subclass did not give, is
 * reported as not checked (a JUnit assumption) with the reason: never passed silently.
 *
 * <p>The adapter is opened once per test class and each rule gets a fresh sandbox. The optional
 * overrides below have documented defaults; override them to check more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterContract implements ContractFixture, LifecycleRules, FacetRules, OneOperationAtATimeRules,
        CloseRules, HandleRules, FailureRules {

    private RunDirectory run;
    private Adapter adapter;
    private Sandbox sandbox;

    /** The provider of the adapter under test. The only method a subclass must write. */
    public abstract AdapterProvider provider();

    /**
     * The planted fault to open ({@code provider().faults()}), or null for the clean adapter.
     * Default: null. A fault may break a rule on purpose; run the contract on the clean adapter.
     */
    public String fault() {
        return null;
    }

    /**
     * The bound of every wait in the rules: a call that must return, {@code close()}, a pending
     * operation that must complete. Default: 10 seconds, generous for child JVMs started cold on
     * a loaded machine; a rule that waits longer fails rather than hangs.
     */
    @Override
    public Duration bound() {
        return Duration.ofSeconds(10);
    }

    /**
     * Whether {@link Proc#pid()} is an operating-system process ID (of the harness for the
     * sandbox's own process). When true, the rules also ask the OS ({@link ProcessHandle}) that
     * started processes live and that none outlives its sandbox. Default: false (a model or a
     * library may number its processes as it likes); the OS rule then reports itself not checked.
     */
    @Override
    public boolean pidsAreOsProcessIds() {
        return false;
    }

    /**
     * Starts, in {@code sandbox}, a process that will not die when killed (stuck in the kernel, or
     * a model process told to ignore kill), so that the contract can check that
     * {@link Sandbox#close()} still returns within the bound. The subclass ends it afterwards if
     * it must. Default: none, and that rule reports itself not checked.
     */
    @Override
    public Optional<Proc> startProcessThatWillNotDie(Sandbox sandbox) {
        return Optional.empty();
    }

    @Override
    public final Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public final Sandbox openSandbox(String label) {
        return adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), label));
    }

    @Override
    public final Features features() {
        return adapter.features();
    }

    @BeforeAll
    protected final void openAdapter() {
        AdapterProvider provider = provider();
        Optional<String> unavailable = provider.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(),
                () -> "not checked: adapter " + provider.id() + " cannot run here: " + unavailable.orElse(""));
        run = RunDirectory.current();
        adapter = provider.open(run, fault());
    }

    /** Also removes the run directory (killing what a failed rule left): the next class gets a fresh one. */
    @AfterAll
    protected final void closeAdapter() {
        try {
            if (adapter != null) {
                adapter.close();
            }
        } finally {
            if (run != null) {
                run.close();
            }
        }
    }

    @BeforeEach
    protected final void openRuleSandbox(TestInfo rule) {
        sandbox = openSandbox("contract: " + rule.getDisplayName());
    }

    @AfterEach
    protected final void closeRuleSandbox() {
        Sandbox s = sandbox;
        sandbox = null;
        if (s != null) {
            s.close();
        }
    }
}
