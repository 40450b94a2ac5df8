package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;

/**
 * Asserting on timed waits by the times the calling process read on the interface's own clock
 * ({@link Timed}), never by the harness's wall clock: a timeout must come not before its deadline
 * and within a bounded time after it; a call that must not wait must return within that bound.
 */
public final class TimedWaits {
    /** How late after its deadline a timed wait may return: the scheduler's delay on a loaded machine, not a wait. */
    public static final Duration LATE = Duration.ofSeconds(2);
    /** The deadline of a wait that must time out: short, so the spec stays fast; the check is "not before it". */
    public static final Duration TIMEOUT = Duration.ofMillis(100);
    /** A deadline the spec never reaches: the awaited event completes the wait long before. */
    public static final Duration FAR = Duration.ofSeconds(20);
    /** 1970-01-01T00:00:01Z: a deadline long past. */
    public static final Deadline PAST = Deadline.at(1, 0);
    /** tv_nsec of one whole second: outside [0, 1e9). */
    public static final Deadline BAD_NSEC = Deadline.at(1, 1_000_000_000L);

    private TimedWaits() {
    }

    /** The call failed with ETIMEDOUT, not before its deadline and at most {@link #LATE} after it. */
    public static IpcException assertTimedOut(Timed<?> outcome, String what, Evidence evidence) {
        return assertTimedOut(outcome, IpcError.TIMED_OUT, what, evidence);
    }

    /** The same for a call whose expiry is reported as {@code expired} (semtimedop: EAGAIN). */
    public static IpcException assertTimedOut(Timed<?> outcome, IpcError expired, String what, Evidence evidence) {
        IpcException e = assertFailed(outcome, expired, what);
        assertThat(outcome.nanosAfterDeadline()).as("%s returned %d us before its deadline", what,
                -outcome.nanosAfterDeadline() / 1_000).isNotNegative();
        assertThat(outcome.nanosAfterDeadline()).as("%s returned %d us after its deadline", what,
                outcome.nanosAfterDeadline() / 1_000).isLessThanOrEqualTo(LATE.toNanos());
        evidence.record(what, outcome);
        return e;
    }

    /** The call failed with {@code expected} without waiting: within {@link #LATE} of its start. */
    public static IpcException assertFailsAtOnce(Timed<?> outcome, IpcError expected, String what, Evidence evidence) {
        IpcException e = assertFailed(outcome, expected, what);
        assertAtOnce(outcome, what);
        evidence.record(what, outcome);
        return e;
    }

    /** The call succeeded without waiting; returns what it returned. */
    public static <T> T assertSucceedsAtOnce(Timed<T> outcome, String what, Evidence evidence) {
        T value = assertSucceeded(outcome, what);
        assertAtOnce(outcome, what);
        evidence.record(what, outcome);
        return value;
    }

    /** The call succeeded; returns what it returned. */
    public static <T> T assertSucceeded(Timed<T> outcome, String what) {
        assertThat(outcome.failure()).as("%s must succeed", what).isNull();
        return outcome.value();
    }

    private static IpcException assertFailed(Timed<?> outcome, IpcError expected, String what) {
        assertThat(outcome.failed()).as("%s must fail with %s (%s), but returned %s", what, expected, expected.errnoName(),
                outcome.value()).isTrue();
        IpcException e = outcome.failure();
        assertThat(e.error()).as("%s failed, but with %s [%s] instead of %s", what, e.error(), e.rawCode(), expected)
                .isEqualTo(expected);
        return e;
    }

    private static void assertAtOnce(Timed<?> outcome, String what) {
        assertThat(outcome.nanosTaken()).as("%s took %d us, where it must not wait", what, outcome.nanosTaken() / 1_000)
                .isLessThanOrEqualTo(LATE.toNanos());
    }
}
