package org.ipcconformance.adapter.simulator.kernel.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * One process's signal state, guarded by the kernel's lock: dispositions, mask, pending
 * signals, the recording handler's log, whether it is stopped, and its process group and
 * session (inherited from the parent; a terminal's foreground process leads its own).
 */
public final class SignalState {
    /** Linux's default RLIMIT_SIGPENDING is in the thousands; the model takes a round one. */
    public static final long DEFAULT_QUEUE_LIMIT = 4096;
    private final Map<Integer, Disposition> dispositions = new HashMap<>();
    /** The sigaction flags and sa_mask of each handler; absent for the plain recording handler (every signal blocked). */
    private final Map<Integer, HandlerOptions> options = new HashMap<>();
    private long queueLimit = DEFAULT_QUEUE_LIMIT;
    /** The actions sigaction reported as oact, by token, so that one can be installed again. */
    private final List<Saved> saved = new ArrayList<>();

    /** One struct sigaction: the disposition and, for a handler, its flags and sa_mask. */
    public record Saved(Disposition disposition, HandlerOptions options) {
    }
    private final Set<Integer> mask = new TreeSet<>();
    private final PendingSignals pending = new PendingSignals();
    private final List<Delivery> log = new ArrayList<>();
    private boolean stopped;
    private long group;
    private long session;

    public SignalState(long group, long session) {
        this.group = group;
        this.session = session;
    }

    public Disposition disposition(int number) {
        return dispositions.getOrDefault(number, Disposition.DEFAULT);
    }

    public void setDisposition(int number, Disposition d) {
        options.remove(number);
        if (d == Disposition.DEFAULT) {
            dispositions.remove(number);
        } else {
            dispositions.put(number, d);
        }
    }

    /** A handler with chosen flags; {@link #setDisposition} clears them. */
    public void setHandler(int number, HandlerOptions chosen) {
        setDisposition(number, Disposition.HANDLE);
        options.put(number, chosen);
    }

    /** The flags of the handler of {@code number}; the plain recording handler's (SA_SIGINFO, no SA_RESTART) when none were chosen. */
    public HandlerOptions options(int number) {
        return options.getOrDefault(number, HandlerOptions.siginfoHandler());
    }

    /** The action of {@code number} now, saved under a new token (its index). */
    public int save(int number) {
        Disposition d = disposition(number);
        saved.add(new Saved(d, d == Disposition.HANDLE ? options(number) : null));
        return saved.size() - 1;
    }

    /** A saved action by token; null for a token this process never got. */
    public Saved saved(long token) {
        return token >= 0 && token < saved.size() ? saved.get((int) token) : null;
    }

    public long queueLimit() {
        return queueLimit;
    }

    public void setQueueLimit(long limit) {
        queueLimit = limit;
    }

    public Set<Integer> mask() {
        return mask;
    }

    public PendingSignals pending() {
        return pending;
    }

    /**
     * Appends a run of the recording handler, which ran with {@code maskOnEntry}, as an SA_SIGINFO
     * handler or (siginfo false) an sa_handler; returns the delivery as logged.
     */
    public Delivery record(Queued q, Set<Integer> maskOnEntry, boolean siginfo) {
        Set<Signal> mask = new java.util.LinkedHashSet<>();
        for (int n : new TreeSet<>(maskOnEntry)) {
            mask.add(SignalTable.signal(n));
        }
        // An sa_handler(int) sees the number only: no source, value or sender.
        Delivery d = siginfo ? new Delivery(log.size() + 1L, SignalTable.signal(q.number()), q.value(), q.source(), q.senderPid(), mask)
                : new Delivery(log.size() + 1L, SignalTable.signal(q.number()), 0, Delivery.Source.OTHER, -1, mask);
        log.add(d);
        return d;
    }

    public List<Delivery> log() {
        return log;
    }

    public boolean isStopped() {
        return stopped;
    }

    public void setStopped(boolean stopped) {
        this.stopped = stopped;
    }

    public long group() {
        return group;
    }

    public long session() {
        return session;
    }

    /** setsid(): a new session and group named by the caller's pid. */
    public void leadNewSession(long pid) {
        group = pid;
        session = pid;
    }
}
