package org.ipcconformance.spec.spi.signal;

import org.apiguardian.api.API;

/**
 * One run of a recording handler ({@link SignalCalls#handle}), as the handler itself wrote it
 * down (async-signal-safe, in the order the handler ran).
 *
 * @param sequence  1 for the first delivery this process recorded, then 2, 3...
 * @param signal    the signal handled
 * @param value     the value sent with {@code sigqueue} (si_value.sival_int), 0 when none was sent
 * @param source    who sent it, from si_code
 * @param senderPid si_pid when the source is a process (USER or QUEUE), else -1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Delivery(long sequence, Signal signal, int value, Source source, long senderPid) {

    /** Where a signal came from, as si_code tells it. */
    public enum Source {
        /** kill(2), raise(3), abort(3): SI_USER (or SI_TKILL). */
        USER,
        /** sigqueue(3): SI_QUEUE, with a value. */
        QUEUE,
        /** The kernel: a terminal's interrupt character (SI_KERNEL), a fault (SEGV_MAPERR...). */
        KERNEL,
        /** Anything else; adapters that cannot tell use this. */
        OTHER
    }
}
