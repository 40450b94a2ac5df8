package org.ipcconformance.adapter.simulator.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who in a sandbox can still act: the model's deadlock detection. Every thread that works for the
 * sandbox is counted, the spec's own from the start, each pending operation's from before it runs
 * ({@link #started}); a thread that waits (asleep in a call, spinning on a condition, stopped,
 * or the spec waiting for an operation) stops counting, and counts again the moment something
 * wakes it: a change of the kernel wakes every kernel wait at once ({@link #wakeKernelWaits}), the
 * end of an operation wakes who waits for it. A wait that leaves no thread counted can never
 * end, since only a counted thread changes anything: that is the deadlock, proved from the
 * model's state, not from time. Guarded by the kernel's lock.
 */
final class Liveness {
    /** One waiting thread; {@code who} says who waits on what. */
    static final class Wait {
        private final String who;
        private final boolean onKernel;
        private boolean over;

        private Wait(String who, boolean onKernel) {
            this.who = who;
            this.onKernel = onKernel;
        }
    }

    /** A pending operation of the harness ({@code Proc.async}). */
    static final class Operation {
        private final String what;
        private final List<Wait> awaiters = new ArrayList<>();
        private boolean ended;

        private Operation(String what) {
            this.what = what;
        }
    }

    /** The spec's own thread acts from the start. */
    private int acting = 1;
    private final List<Wait> waits = new ArrayList<>();
    private String deadlock;
    private boolean off;

    /** The waiting thread stops counting; when none is left counted, the deadlock is declared. */
    Wait begin(String who, boolean onKernel) {
        Wait w = new Wait(who, onKernel);
        waits.add(w);
        acting--;
        check();
        return w;
    }

    /** The wait is over (woken, or it left by itself): its thread counts again, once. */
    void end(Wait w) {
        if (w != null && !w.over) {
            w.over = true;
            waits.remove(w);
            acting++;
        }
    }

    /** A change of the kernel: every thread waiting on one runs again and looks. */
    void wakeKernelWaits() {
        for (Wait w : List.copyOf(waits)) {
            if (w.onKernel) {
                end(w);
            }
        }
    }

    Operation started(String what) {
        acting++;
        return new Operation(what);
    }

    /** The operation's thread is done; whoever waited for it runs again. */
    void finished(Operation o) {
        o.ended = true;
        acting--;
        o.awaiters.forEach(this::end);
        o.awaiters.clear();
        check();
    }

    /** The spec waits for {@code o}: null when it has ended already (no wait). */
    Wait waiting(Operation o) {
        if (o.ended) {
            return null;
        }
        Wait w = begin("the spec waits for " + o.what, false);
        o.awaiters.add(w);
        return w;
    }

    /** The sandbox is closing: its processes die and their waits end, which is no deadlock. */
    void stop() {
        off = true;
    }

    /** Who waits on what, once every thread waits; null until then. */
    String deadlock() {
        return deadlock;
    }

    private void check() {
        if (acting <= 0 && !off && deadlock == null && !waits.isEmpty()) {
            deadlock = "deadlock: every thread of the sandbox waits and none is left that could wake another: "
                    + waits.stream().map(w -> w.who).collect(Collectors.joining("; "));
        }
    }
}
