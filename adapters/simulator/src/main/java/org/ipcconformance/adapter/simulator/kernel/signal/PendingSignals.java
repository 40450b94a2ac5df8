package org.ipcconformance.adapter.simulator.kernel.signal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A process's pending signals: per number, the instances waiting. A standard signal keeps at
 * most one (a set); a real-time signal keeps every instance in order (a queue). The caller says
 * which, so that a planted fault can swap the two.
 */
public final class PendingSignals {
    private final TreeMap<Integer, Deque<Queued>> byNumber = new TreeMap<>();

    /** Adds an instance; with {@code queues} false, one already pending absorbs it (returns false). */
    public boolean add(Queued instance, boolean queues) {
        Deque<Queued> instances = byNumber.computeIfAbsent(instance.number(), n -> new ArrayDeque<>());
        if (!queues && !instances.isEmpty()) {
            return false;
        }
        instances.addLast(instance);
        return true;
    }

    /** Instances queued by sigqueue (SI_QUEUE) waiting now: what RLIMIT_SIGPENDING bounds. */
    public int queuedCount() {
        int n = 0;
        for (Deque<Queued> instances : byNumber.values()) {
            for (Queued q : instances) {
                if (q.source() == org.ipcconformance.spec.spi.signal.Delivery.Source.QUEUE) {
                    n++;
                }
            }
        }
        return n;
    }

    public Set<Integer> numbers() {
        return byNumber.keySet();
    }

    public void discard(int number) {
        byNumber.remove(number);
    }

    /**
     * Takes the next instance to deliver: the lowest-numbered pending signal not in {@code mask}
     * (POSIX for real-time signals; Linux for all), or with {@code highestRealtimeFirst} the
     * highest real-time one (a planted fault). Oldest instance first within a number.
     */
    public Optional<Queued> takeNext(Set<Integer> mask, boolean highestRealtimeFirst) {
        Map<Integer, Deque<Queued>> order = highestRealtimeFirst ? realtimeReversed() : byNumber;
        for (Map.Entry<Integer, Deque<Queued>> e : order.entrySet()) {
            if (!mask.contains(e.getKey())) {
                Deque<Queued> instances = byNumber.get(e.getKey());
                Queued q = instances.pollFirst();
                if (instances.isEmpty()) {
                    byNumber.remove(e.getKey());
                }
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private Map<Integer, Deque<Queued>> realtimeReversed() {
        Map<Integer, Deque<Queued>> order = new LinkedHashMap<>(byNumber.headMap(SignalTable.SIGRTMIN));
        order.putAll(byNumber.tailMap(SignalTable.SIGRTMIN, true).descendingMap());
        return order;
    }
}
