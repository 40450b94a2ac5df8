package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;

/**
 * Timed waits in the harness JVM: the clock read just before and just after the call, on the
 * clock the interface names (CLOCK_REALTIME for absolute deadlines, CLOCK_MONOTONIC for
 * semtimedop's interval), with the deadline's struct timespec filled from it.
 */
public final class TimedCalls {
    public static final int CLOCK_REALTIME = 0;
    public static final int CLOCK_MONOTONIC = 1;

    static {
        Native.register(TimedCalls.class, Platform.C_LIBRARY_NAME);
    }

    private TimedCalls() {
    }

    private static native int clock_gettime(int clockId, Pointer timespec);

    /** The call, returning its result or throwing its IpcException. */
    public interface Call<T> {
        T run();
    }

    /**
     * Reads {@code clock}, fills {@code ts} (16 bytes: tv_sec, tv_nsec) and makes the call. An
     * absolute-deadline call gets the deadline (a relative one added to the reading); an interval
     * call ({@code interval}, which takes only relative deadlines) gets the interval itself.
     */
    public static <T> Timed<T> run(int clock, Deadline deadline, boolean interval, Memory ts, String what, Call<T> call) {
        if (interval && !deadline.relative()) {
            throw new IllegalArgumentException(what + ": a timeout interval is relative, not " + deadline);
        }
        long called = now(clock, what);
        long deadlineNanos = deadline.seconds() * 1_000_000_000L + deadline.nanoseconds() + (deadline.relative() ? called : 0);
        if (interval || !deadline.relative()) {
            ts.setLong(0, deadline.seconds());
            ts.setLong(8, deadline.nanoseconds());
        } else {
            ts.setLong(0, deadlineNanos / 1_000_000_000L);
            ts.setLong(8, deadlineNanos % 1_000_000_000L);
        }
        T value = null;
        IpcException failure = null;
        try {
            value = call.run();
        } catch (IpcException e) {
            failure = e;
        }
        return new Timed<>(value, failure, called, deadlineNanos, now(clock, what));
    }

    /** {@code clock}'s reading in nanoseconds. */
    public static long now(int clock, String what) {
        try (Memory ts = new Memory(16)) {
            if (clock_gettime(clock, ts) < 0) {
                throw Errno.lastFailure("clock_gettime(" + clock + ") around " + what);
            }
            return ts.getLong(0) * 1_000_000_000L + ts.getLong(8);
        }
    }
}
