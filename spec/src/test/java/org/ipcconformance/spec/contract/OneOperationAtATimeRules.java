package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipcconformance.spec.contract.Contract.bytes;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.completed;
import static org.ipcconformance.spec.contract.Contract.eventually;
import static org.ipcconformance.spec.contract.Contract.notChecked;
import static org.ipcconformance.spec.contract.Contract.text;
import static org.ipcconformance.spec.contract.Contract.within;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.junit.jupiter.api.Test;

/**
 * One operation at a time: a started process blocked in a call refuses a second one (the
 * harness's rule), while the calls marked {@code @Concurrent} (state, kill) still answer (the
 * adapter's part: it must serve them without waiting for the pending operation).
 */
public interface OneOperationAtATimeRules extends ContractFixture {

    @Test
    default void aProcessBlockedInAReadRefusesASecondCallAndCompletesOnceDataIsWritten() {
        ChildReading reading = ChildReading.start(this, sandbox())
                .orElseGet(() -> notCheckedHere("a blocked process refuses a second call"));
        Proc child = reading.child();
        Pending<byte[]> read = child.async("read", p -> p.pipes().read(reading.readEnd(), 16));
        awaitBlocked(child, read);
        assertThat(read.isDone()).as("a read of an empty pipe completed: %s; %s", read,
                check("that PipeCalls.read blocks until data arrives")).isFalse();

        String refused = check("that the adapter does not bypass Proc: the harness refuses a second call while one is pending");
        assertThatThrownBy(() -> within(this, "a second read", refused, () -> child.pipes().read(reading.readEnd(), 1)))
                .as("a second read while one is pending; %s", refused).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> child.async("another read", p -> p.pipes().read(reading.readEnd(), 1)))
                .as("a second async read while one is pending; %s", refused).isInstanceOf(HarnessException.class);
        if (features().has(Feature.PROCESS_STATE)) {
            ProcState state = within(this, "state() beside a pending read",
                    check("that ProcessStateCalls.state() does not wait for the pending operation"), child::state);
            assertThat(state.isBlocked()).as("state() of a process blocked in read is %s; %s", state,
                    check("that ProcessStateCalls.state() sees a blocked read")).isTrue();
        }

        sandbox().self().pipes().write(reading.writeEnd(), bytes("go"));
        byte[] got = completed(this, read, check("that a blocked PipeCalls.read wakes when data is written"));
        assertThat(text(got)).as("what the woken read returned; %s", check("PipeCalls.read")).isEqualTo("go");
        String freed = check("that the process takes calls again once its operation completed");
        assertThat(text(within(this, "a read after the pending one ended", freed, () -> {
            sandbox().self().pipes().write(reading.writeEnd(), bytes("on"));
            return child.pipes().read(reading.readEnd(), 16);
        }))).as("a read after the pending one ended; %s", freed).isEqualTo("on");
    }

    @Test
    default void killAnswersBesideAPendingReadWhichThenEndsWithProcessGone() {
        ChildReading reading = ChildReading.start(this, sandbox())
                .orElseGet(() -> notCheckedHere("kill() answers beside a pending read"));
        Proc child = reading.child();
        Pending<byte[]> read = child.async("read", p -> p.pipes().read(reading.readEnd(), 16));
        awaitBlocked(child, read);
        within(this, "kill() beside a pending read", check("that LifecycleCalls.kill() does not wait for the pending operation"),
                child::kill);
        assertThatThrownBy(() -> completed(this, read, check("that killing a process ends the operation pending in it")))
                .as("the read pending in a killed process; %s",
                        check("that an operation whose process is killed throws ProcessGoneException"))
                .isInstanceOf(ProcessGoneException.class);
    }

    /** Waits until the child sleeps in the read when the adapter can tell; otherwise the read only has to be pending. */
    private void awaitBlocked(Proc child, Pending<?> read) {
        if (features().has(Feature.PROCESS_STATE)) {
            eventually(this, "state() BLOCKED for " + read, check("that ProcessStateCalls.state() answers beside a pending"
                    + " operation and reports a read of an empty pipe as BLOCKED"), () -> child.state().isBlocked() || read.isDone());
        }
    }

    private static <T> T notCheckedHere(String rule) {
        notChecked(rule, "it needs " + ChildReading.NEEDS);
        throw new IllegalStateException("unreachable: notChecked aborts");
    }
}
