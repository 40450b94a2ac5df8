package org.ipcconformance.adapter.natives.self;

import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.adapter.natives.proc.ProcObserver;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessStateCalls;

/** Self's state: the most telling state of the threads that are in a call, seen in /proc. */
final class SelfState implements ProcessStateCalls {
    private final InFlight inFlight;

    SelfState(InFlight inFlight) {
        this.inFlight = inFlight;
    }

    /** IDLE unless a call is in progress; then what its thread is doing, from /proc/self/task/TID. */
    @Override
    public ProcState state() {
        List<InFlight.Call> calls = inFlight.now();
        ProcState best = new ProcState(ProcState.Kind.IDLE, "no operation in progress");
        for (InFlight.Call call : calls) {
            ProcState s = call.tid() < 0
                    ? new ProcState(ProcState.Kind.RUNNING, call.description())
                    : ProcObserver.observe(Path.of("/proc/self/task", String.valueOf(call.tid())),
                            c -> c.name().equals("futex") ? new ProcState(ProcState.Kind.RUNNING, "inside the JVM") : null,
                            call.description());
            if (rank(s) > rank(best)) {
                best = s;
            }
        }
        return best;
    }

    private static int rank(ProcState s) {
        return switch (s.kind()) {
            case IDLE -> 0;
            case EXITED -> 1;
            case RUNNING -> 2;
            case STOPPED -> 3;
            case BLOCKED -> 4;
        };
    }
}
