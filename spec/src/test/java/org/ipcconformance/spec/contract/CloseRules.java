package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.completed;
import static org.ipcconformance.spec.contract.Contract.notChecked;
import static org.ipcconformance.spec.contract.Contract.requires;
import static org.ipcconformance.spec.contract.Contract.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/**
 * {@link Sandbox#close()} kills every process the sandbox started and ends what they had pending,
 * and returns within the bound, also when a process will not die: that one it reports as a
 * {@link HarnessException} (BROKEN) naming the process, once the rest is closed.
 */
public interface CloseRules extends ContractFixture {

    @Test
    default void closeKillsEveryStartedProcessAndEndsItsPendingOperationWithinTheBound() {
        requires(this, "close() kills every started process", Feature.MULTI_PROCESS);
        Sandbox box = openSandbox("contract: close kills");
        List<Proc> started = startSome(box);
        Optional<ChildReading> reading = ChildReading.start(this, box);
        Optional<Pending<byte[]>> read = reading.map(r -> r.child().async("read", p -> p.pipes().read(r.readEnd(), 16)));
        reading.ifPresent(r -> started.add(r.child()));

        within(this, "Sandbox.close()", check("that Sandbox.close() kills every process it started, without waiting for"
                + " their pending operations, and that its waits are bounded"), box::close);

        read.ifPresent(pending -> assertThatThrownBy(() -> completed(this, pending,
                check("that Sandbox.close() ends the operations pending in the processes it kills")))
                .as("the read pending in a process of a closed sandbox; %s",
                        check("that an operation whose process is killed throws ProcessGoneException"))
                .isInstanceOf(ProcessGoneException.class));
        if (features().has(Feature.PIPES)) {
            for (Proc p : started) {
                assertThatThrownBy(() -> within(this, "pipe() in a process of a closed sandbox",
                        check("that an operation on a killed process throws ProcessGoneException"), () -> p.pipes().pipe()))
                        .as("pipe() in %s after its sandbox closed; %s", p,
                                check("that Sandbox.close() kills every process it started"))
                        .isInstanceOf(ProcessGoneException.class);
            }
        }
    }

    @Test
    default void closeLeavesNoStartedProcessInTheOperatingSystem() {
        if (!pidsAreOsProcessIds()) {
            notChecked("no process outlives its sandbox in the OS", "pidsAreOsProcessIds() is false (override it to return true"
                    + " when the adapter's processes are OS processes)");
        }
        requires(this, "no process outlives its sandbox in the OS", Feature.MULTI_PROCESS);
        Sandbox box = openSandbox("contract: close leaves no process");
        List<Proc> started = startSome(box);
        within(this, "Sandbox.close()", check("that Sandbox.close() kills every process it started and that its waits are"
                + " bounded"), box::close);
        List<String> alive = new ArrayList<>();
        for (Proc p : started) {
            if (ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                alive.add(p + " (pid " + p.pid() + ")");
            }
        }
        assertThat(alive).as("processes alive after their sandbox closed; %s",
                check("that Sandbox.close() kills and reaps every process it started")).isEmpty();
    }

    @Test
    default void closeReturnsWithinTheBoundEvenWhenAProcessWillNotDie() {
        Sandbox box = openSandbox("contract: close with a process that will not die");
        Optional<Proc> stubborn;
        try {
            stubborn = startProcessThatWillNotDie(box);
        } catch (RuntimeException | Error e) {
            box.close();
            throw e;
        }
        if (stubborn.isEmpty()) {
            box.close();
            notChecked("close() is bounded when a process will not die", "the adapter's contract test provides no such"
                    + " process (override startProcessThatWillNotDie(Sandbox))");
        }
        Proc stuck = stubborn.get();
        Throwable reported = null;
        try {
            within(this, "Sandbox.close() with " + stuck + ", which will not die", check("that Sandbox.close() gives up on a"
                    + " process after a bounded wait (and reports it) instead of waiting for it forever"), box::close);
        } catch (HarnessException e) {
            reported = e;
        }
        assertThat(reported).as("what Sandbox.close() threw with %s alive after kill; %s", stuck,
                check("that Sandbox.close() reports a process that will not die as a HarnessException (BROKEN) naming it"))
                .isInstanceOf(HarnessException.class);
        assertThat(reported.getMessage()).as("the report of %s, which will not die; %s", stuck,
                check("that the HarnessException of Sandbox.close() names the process that will not die")).contains(stuck.name());
    }

    /** A child and an unrelated process in {@code box}. */
    private List<Proc> startSome(Sandbox box) {
        Proc self = box.self();
        List<Proc> started = new ArrayList<>();
        started.add(within(this, "spawnChild", check("SpawnCalls.spawnChild"), () -> self.spawnChild(ChildOptions.inheriting())));
        started.add(within(this, "spawnUnrelated", check("SpawnCalls.spawnUnrelated"), self::spawnUnrelated));
        return started;
    }
}
