package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** Children are started, asked to exit, killed, and never outlive their sandbox. */
class LifecycleTest extends SandboxFixture {

    @Test
    void closingTheSandboxLeavesNoChildAlive() {
        Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "close"));
        Proc a = other.self().spawnChild(ChildOptions.inheriting());
        PipedChild b = other.self().spawnPipedChild();
        Proc c = other.self().spawnUnrelated();
        Pending<byte[]> blocked = b.child().async("read stdin", p -> p.pipes().read(b.childStdin(), 1));
        List<Long> pids = List.of(a.pid(), b.child().pid(), c.pid());
        other.close();
        for (long pid : pids) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            assertThat(p.isPresent() && p.get().isAlive()).as("pid %d alive after close", pid).isFalse();
        }
        assertThatThrownBy(blocked::await).isInstanceOf(ProcessGoneException.class);
        other.close(); // idempotent
    }

    @Test
    void aChildCarriesTheRunDirectoryOnItsCommandLine() {
        Proc child = box.self().spawnUnrelated();
        Optional<String> commandLine = ProcessHandle.of(child.pid()).flatMap(p -> p.info().commandLine());
        assertThat(commandLine).hasValueSatisfying(c -> assertThat(c).contains(" " + run.path() + " "));
    }

    @Test
    void exitEndsTheChildNormallyAndLaterOperationsSeeItGone() {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        child.exit();
        assertThat(child.awaitExit()).isEqualTo(ExitStatus.exited(0));
        assertThatThrownBy(() -> child.memory().readGlobal())
                .isInstanceOfSatisfying(ProcessGoneException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.exited(0)));
    }

    @Test
    void aKilledChildIsGoneBySigkill() {
        PipedChild pc = box.self().spawnPipedChild();
        Pending<byte[]> blocked = pc.child().async("read stdin", p -> p.pipes().read(pc.childStdin(), 1));
        pc.child().kill();
        assertThatThrownBy(blocked::await)
                .isInstanceOfSatisfying(ProcessGoneException.class,
                        e -> assertThat(e.status()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL")));
        assertThat(pc.child().awaitExit()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        pc.child().kill(); // quiet when gone
    }

    @Test
    void whatAKilledChildWroteIsStillReadThenEndOfFile() {
        PipedChild pc = box.self().spawnPipedChild();
        pc.child().pipes().write(pc.childStdout(), bytes("bye"));
        pc.child().kill();
        assertThat(box.self().pipes().read(pc.fromChild(), 10)).isEqualTo(bytes("bye"));
        assertThat(box.self().pipes().read(pc.fromChild(), 10)).as("EOF").isEmpty();
    }

    @Test
    void closingTheAdapterKillsItsSpares() {
        List<Long> before = agentsOfThisRun();
        JdkAdapter other = (JdkAdapter) provider().open(run, null);
        List<Long> spares = agentsOfThisRun().stream().filter(pid -> !before.contains(pid)).toList();
        assertThat(spares).as("spares started at open").isNotEmpty();
        other.close();
        for (long pid : spares) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("spare %d alive", pid).isFalse();
        }
        other.close(); // idempotent
    }

    private static List<Long> agentsOfThisRun() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ChildAgent") && c.contains(run.path().toString())).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
    }

    @Test
    void writingToAnExitedChildsStdinIsABrokenPipe() {
        PipedChild pc = box.self().spawnPipedChild();
        pc.child().exit();
        assertThatThrownBy(() -> {
            // The JDK may still hold the pipe (EPIPE) or have closed it already ("Stream closed").
            box.self().pipes().write(pc.toChild(), bytes("x"));
        }).isInstanceOfSatisfying(org.ipcconformance.spec.spi.IpcException.class,
                e -> assertThat(e.error()).isEqualTo(org.ipcconformance.spec.spi.IpcError.BROKEN_PIPE));
    }

    @Test
    void whatTheJdkCannotDoIsDeclared() {
        assertThatThrownBy(() -> box.self().spawnChild(ChildOptions.inheriting(box.self().pipes().pipe().writeEnd())))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.HANDLE_INHERITANCE));
        assertThatThrownBy(() -> box.self().state())
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.PROCESS_STATE));
        assertThatThrownBy(() -> box.self().fifos())
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.FIFO));
        assertThatThrownBy(() -> box.self().pipeCapacity())
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> {
                    assertThat(e.feature()).isEqualTo(Feature.PIPE_CAPACITY_QUERY);
                    assertThat(e.getMessage()).contains(JdkFeatures.NO_PIPE_CAPACITY_QUERY);
                });
        assertThatThrownBy(() -> box.self().files().open(box.directory(), OpenMode.READ, true))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.getMessage()).contains("O_NONBLOCK"));
    }

    @Test
    void aChildRunsOneOperationAtATimeButIsObservedAndKilledMeanwhile() {
        PipedChild pc = box.self().spawnPipedChild();
        Proc child = pc.child();
        Pending<byte[]> blocked = child.async("read stdin", p -> p.pipes().read(pc.childStdin(), 1));
        assertThatThrownBy(() -> child.memory().readGlobal())
                .isInstanceOfSatisfying(HarnessException.class, e -> assertThat(e.getMessage()).contains("one operation at a time"));
        assertThat(child.signalHandlers().deliveries()).as("the delivery log, read beside the pending read").isEmpty();
        Pending<ExitStatus> exit = box.self().async("await the exit of " + child, p -> child.awaitExit());
        child.kill();
        assertThat(exit.await()).isEqualTo(ExitStatus.killedBy(9, "SIGKILL"));
        assertThatThrownBy(blocked::await).isInstanceOf(ProcessGoneException.class);
    }

    @Test
    void onlySelfStartsProcessesAndSelfHasNoLifecycle() {
        Proc child = box.self().spawnUnrelated();
        assertThatThrownBy(child::spawnUnrelated).isInstanceOf(HarnessException.class);
        assertThatThrownBy(child::spawnPipedChild).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> box.self().exit()).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> box.self().kill()).isInstanceOf(HarnessException.class);
        assertThat(box.self().isStarted()).isFalse();
        assertThat(child.isStarted()).isTrue();
    }

    @Test
    void childStartUpIsMeasured() {
        for (int i = 0; i < 4; i++) {
            box.self().spawnUnrelated().exit();
        }
        List<Duration> startups = ((JdkAdapter) adapter).childStartups();
        assertThat(startups).isNotEmpty().allSatisfy(d -> assertThat(d).isPositive());
        System.out.println("jdk adapter: child JVM start-up (ms): "
                + startups.stream().map(d -> String.valueOf(d.toMillis())).toList());
    }
}
