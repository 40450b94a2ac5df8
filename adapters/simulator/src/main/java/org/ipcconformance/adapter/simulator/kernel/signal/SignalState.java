package org.ipcconformance.adapter.simulator.kernel.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipcconformance.spec.spi.signal.Delivery;

/**
 * One process's signal state, guarded by the kernel's lock: dispositions, mask, pending
 * signals, the recording handler's log, whether it is stopped, and its process group and
 * session (inherited from the parent; a terminal's foreground process leads its own).
 */
public final class SignalState {
    private final Map<Integer, Disposition> dispositions = new HashMap<>();
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
        if (d == Disposition.DEFAULT) {
            dispositions.remove(number);
        } else {
            dispositions.put(number, d);
        }
    }

    public Set<Integer> mask() {
        return mask;
    }

    public PendingSignals pending() {
        return pending;
    }

    /** Appends a run of the recording handler; returns the delivery as logged. */
    public Delivery record(Queued q) {
        Delivery d = new Delivery(log.size() + 1L, SignalTable.signal(q.number()), q.value(), q.source(), q.senderPid());
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
