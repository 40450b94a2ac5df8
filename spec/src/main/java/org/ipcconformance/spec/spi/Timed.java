package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * The outcome of one timed wait, with the times that show when it returned. The three instants
 * are nanoseconds since the epoch on the clock the interface names, read by the calling process:
 * {@code calledNanos} just before the call, {@code returnedNanos} just after it returned, and
 * {@code deadlineNanos} the deadline it was given ({@code tv_sec * 1e9 + tv_nsec}, whatever
 * tv_nsec was). Specs check a timeout against these, never against their own wall clock.
 *
 * @param value   what the call returned; null when it failed (and for calls that return nothing)
 * @param failure how it failed; null when it succeeded
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Timed<T>(T value, IpcException failure, long calledNanos, long deadlineNanos, long returnedNanos) {

    /** What the call returned, or its failure thrown. */
    public T get() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    public boolean failed() {
        return failure != null;
    }

    /** How long after its deadline the call returned; negative when it returned before it. */
    public long nanosAfterDeadline() {
        return returnedNanos - deadlineNanos;
    }

    /** How long the call took, on the interface's clock. */
    public long nanosTaken() {
        return returnedNanos - calledNanos;
    }

    @Override
    public String toString() {
        String outcome = failure == null ? "returned " + value : "failed " + failure.error() + " [" + failure.rawCode() + "]";
        return outcome + " after " + nanosTaken() / 1_000 + " us, " + nanosAfterDeadline() / 1_000 + " us after its deadline";
    }
}
