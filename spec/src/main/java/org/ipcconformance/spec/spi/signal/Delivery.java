package org.ipcconformance.spec.spi.signal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * @param maskOnEntry the signals blocked while the handler ran, as the handler itself read them;
 *                  null where the adapter cannot see them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Delivery(long sequence, Signal signal, int value, Source source, long senderPid, Set<Signal> maskOnEntry) {

    public Delivery {
        maskOnEntry = maskOnEntry == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(maskOnEntry));
    }

    /** A delivery whose handler's mask is not known. */
    public Delivery(long sequence, Signal signal, int value, Source source, long senderPid) {
        this(sequence, signal, value, source, senderPid, null);
    }

    /** Short for evidence: a long mask (a handler that blocks everything) is given by its size. */
    @Override
    public String toString() {
        String mask = maskOnEntry == null ? "" : maskOnEntry.size() <= 8 ? ", mask on entry " + maskOnEntry
                : ", mask on entry: " + maskOnEntry.size() + " signals";
        return "Delivery[sequence=" + sequence + ", signal=" + signal + ", value=" + value + ", source=" + source
                + ", senderPid=" + senderPid + mask + "]";
    }

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
