package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.requires;
import static org.ipcconformance.spec.contract.Contract.within;

import java.nio.file.Files;
import java.util.Optional;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** Lifecycle: a sandbox opens with its own process; processes the adapter starts exit, are awaited and killed. */
public interface LifecycleRules extends ContractFixture {

    @Test
    default void sandboxOpensWithItsOwnProcess() {
        Sandbox box = sandbox();
        Proc self = box.self();
        assertThat(box.adapterId()).as("the sandbox's adapterId(); %s", check("that Sandbox.adapterId() is the Adapter's id()"))
                .isEqualTo(features().adapterId());
        assertThat(Files.isDirectory(box.directory()))
                .as("the sandbox's directory %s exists; %s", box.directory(), check("that Sandbox.directory() is the SandboxContext's"))
                .isTrue();
        assertThat(self.name()).as("self's name(); %s", check("the self Proc's name()")).isNotBlank();
        assertPid(self);
        assertThat(self.isStarted())
                .as("self.isStarted(); %s", check("that the sandbox's own Proc does not register Facet.LIFECYCLE")).isFalse();
        if (pidsAreOsProcessIds()) {
            assertThat(self.pid()).as("self's pid, which must be the harness's own; %s",
                    check("that self runs its operations in the harness's own process")).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    default void selfRefusesExitAwaitExitAndKill() {
        Proc self = sandbox().self();
        String check = check("that the sandbox's own Proc does not register Facet.LIFECYCLE: the harness refuses these calls on it");
        assertThatThrownBy(self::exit).as("self.exit(); %s", check).isInstanceOf(HarnessException.class);
        assertThatThrownBy(self::kill).as("self.kill(); %s", check).isInstanceOf(HarnessException.class);
        assertThatThrownBy(self::awaitExit).as("self.awaitExit(); %s", check).isInstanceOf(HarnessException.class);
    }

    @Test
    default void startedProcessesOfferLifecycle() {
        requires(this, "started processes offer lifecycle", Feature.MULTI_PROCESS);
        Proc self = sandbox().self();
        Proc child = within(this, "spawnChild", check("SpawnCalls.spawnChild"), () -> self.spawnChild(ChildOptions.inheriting()));
        Proc unrelated = within(this, "spawnUnrelated", check("SpawnCalls.spawnUnrelated"), self::spawnUnrelated);
        for (Proc p : new Proc[] {child, unrelated}) {
            assertThat(p.isStarted()).as("%s.isStarted(); %s", p, check("that every Proc the adapter starts registers Facet.LIFECYCLE"))
                    .isTrue();
            assertThat(p.name()).as("a started process's name(); %s", check("the started Proc's name()"))
                    .isNotBlank().isNotEqualTo(self.name());
            assertPid(p);
            if (pidsAreOsProcessIds()) {
                assertThat(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive))
                        .as("%s (pid %d) is a live OS process; %s", p, p.pid(), check("the started Proc's pid()")).contains(true);
            }
        }
        assertThat(child.pid()).as("two started processes' pids; %s", check("the started Proc's pid()"))
                .satisfiesAnyOf(pid -> assertThat(pid).isEqualTo(-1L), pid -> assertThat(pid).isNotEqualTo(unrelated.pid()));
    }

    @Test
    default void exitEndsAStartedProcessWithCodeZero() {
        requires(this, "exit() ends a started process", Feature.MULTI_PROCESS);
        Proc child = sandbox().self().spawnChild(ChildOptions.inheriting());
        within(this, "exit()", check("LifecycleCalls.exit(): it asks the process to exit with code 0 and waits until it is gone"),
                child::exit);
        ExitStatus status = within(this, "awaitExit() after exit()", check("LifecycleCalls.awaitExit()"), child::awaitExit);
        assertThat(status).as("the status of a process that exit()ed; %s", check("LifecycleCalls.awaitExit()"))
                .isEqualTo(ExitStatus.exited(0));
        assertGone(child);
    }

    @Test
    default void killEndsAStartedProcessBySigkillAndIsQuietWhenRepeated() {
        requires(this, "kill() ends a started process", Feature.MULTI_PROCESS);
        Proc child = sandbox().self().spawnChild(ChildOptions.inheriting());
        within(this, "kill()", check("LifecycleCalls.kill(): it kills (SIGKILL or the model's equivalent) and reaps"), child::kill);
        ExitStatus status = within(this, "awaitExit() after kill()", check("LifecycleCalls.awaitExit()"), child::awaitExit);
        assertThat(status.killedBySignal() && status.signal() == 9)
                .as("the status of a killed process is death by signal 9 (SIGKILL), not %s; %s", status,
                        check("how LifecycleCalls.awaitExit() reports a death by signal"))
                .isTrue();
        within(this, "a second kill()", check("that LifecycleCalls.kill() is quiet when the process is gone already"), child::kill);
        assertGone(child);
    }

    private void assertPid(Proc p) {
        assertThat(p.pid()).as("%s's pid(), positive or -1 for none; %s", p, check("Proc.pid()"))
                .satisfiesAnyOf(pid -> assertThat(pid).isPositive(), pid -> assertThat(pid).isEqualTo(-1L));
    }

    /** A process that ended: the OS no longer has it, and an operation on it is ProcessGoneException. */
    private void assertGone(Proc p) {
        if (pidsAreOsProcessIds()) {
            assertThat(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive))
                    .as("%s (pid %d) is gone from the OS; %s", p, p.pid(), check("that the adapter reaps the processes it ends"))
                    .isNotEqualTo(Optional.of(true));
        }
        String check = check("that an operation on an ended process throws ProcessGoneException");
        if (features().has(Feature.PIPES)) {
            assertThatThrownBy(() -> within(this, "pipe() in an ended process", check, () -> p.pipes().pipe()))
                    .as("pipe() in %s after it ended; %s", p, check).isInstanceOf(ProcessGoneException.class);
        }
        if (features().has(Feature.PROCESS_STATE)) {
            // EXITED or ProcessGoneException: both say the process is gone.
            try {
                ProcState state = within(this, "state() of an ended process", check("ProcessStateCalls.state()"), p::state);
                assertThat(state.kind()).as("state() of %s after it ended; %s", p, check("ProcessStateCalls.state()"))
                        .isEqualTo(ProcState.Kind.EXITED);
            } catch (ProcessGoneException expected) {
                // gone, as it should be
            }
        }
    }
}
