package org.ipcconformance.spec.spi.ipc;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The deadline of a timed wait, a {@code struct timespec} on the clock its interface names
 * (CLOCK_REALTIME for mq_timedreceive, mq_timedsend and sem_timedwait). Either relative to that
 * clock as the calling process reads it just before the call ({@link #in}), so that no time
 * passes between reading the clock and waiting, or given as is ({@link #at}): a time long past,
 * or a {@code tv_nsec} outside [0, 1e9) on purpose, to see how the call treats it.
 *
 * @param relative    true: the adapter adds {@code seconds} and {@code nanoseconds} to the clock it read
 * @param seconds     tv_sec (absolute) or the whole seconds to add
 * @param nanoseconds tv_nsec (absolute, passed unchecked) or the nanoseconds to add
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Deadline(boolean relative, long seconds, long nanoseconds) {

    /** {@code timeout} after the clock's reading in the calling process just before the call. */
    public static Deadline in(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a relative deadline is not negative: " + timeout);
        }
        return new Deadline(true, timeout.getSeconds(), timeout.getNano());
    }

    /** The timespec {@code {seconds, nanoseconds}}, passed to the call as it is. */
    public static Deadline at(long seconds, long nanoseconds) {
        return new Deadline(false, seconds, nanoseconds);
    }

    /** Whether {@code tv_nsec} is a valid one; an absolute deadline may deliberately not be. */
    public boolean valid() {
        return nanoseconds >= 0 && nanoseconds < 1_000_000_000L;
    }

    @Override
    public String toString() {
        return relative ? "now + " + seconds + "." + String.format("%09d", nanoseconds) + " s"
                : "{tv_sec " + seconds + ", tv_nsec " + nanoseconds + "}";
    }
}
