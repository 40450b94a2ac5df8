package org.ipcconformance.adapter.natives.proc;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcState.Kind;

/**
 * Turns /proc/PID/stat and /proc/PID/syscall into a {@link ProcState}: the scheduler's letter
 * says running, sleeping, stopped or gone; for a sleeper, the call it sleeps in says whether it
 * waits for the harness (IDLE) or inside an IPC operation (BLOCKED).
 */
public final class ProcObserver {
    private static final SyscallNames NAMES = SyscallNames.forThisMachine();

    private ProcObserver() {
    }

    /**
     * @param task       /proc/PID or /proc/self/task/TID
     * @param harnessSide the state of a sleep that is not an IPC operation (waiting for or talking to
     *                   the harness), or null for a call that is the operation itself (BLOCKED)
     * @param context    what the harness asked for, appended to a BLOCKED detail; may be null
     */
    public static ProcState observe(Path task, Function<Call, ProcState> harnessSide, String context) {
        Optional<Character> letter = TaskState.read(task.resolve("stat"));
        if (letter.isEmpty()) {
            return new ProcState(Kind.EXITED, "no longer in /proc");
        }
        switch (letter.get()) {
            case 'Z', 'X', 'x':
                return new ProcState(Kind.EXITED, "zombie, not yet reaped");
            case 'T', 't':
                return new ProcState(Kind.STOPPED, letter.get() == 't' ? "tracing stop" : "stopped by a signal");
            case 'R':
                return new ProcState(Kind.RUNNING, "");
            default:
                break;
        }
        Optional<SyscallSnapshot> snapshot = SyscallSnapshot.read(task.resolve("syscall"));
        if (snapshot.isEmpty()) {
            return new ProcState(Kind.BLOCKED, "sleeping (state " + letter.get() + "; /proc syscall unreadable)"
                    + suffix(context));
        }
        SyscallSnapshot s = snapshot.get();
        if (s.running()) {
            return new ProcState(Kind.RUNNING, "");
        }
        if (!s.inCall()) {
            return new ProcState(Kind.RUNNING, "in the kernel, outside a system call");
        }
        Call call = new Call(NAMES.name(s.number()), s.firstArgument());
        ProcState notIpc = harnessSide.apply(call);
        if (notIpc != null) {
            return notIpc;
        }
        return new ProcState(Kind.BLOCKED, call + suffix(context));
    }

    private static String suffix(String context) {
        return context == null ? "" : " during " + context;
    }

    /** The call a task sleeps in, with its first argument. */
    public record Call(String name, long firstArgument) {
        public boolean on(String callName, int fd) {
            return name.equals(callName) && firstArgument == fd;
        }

        @Override
        public String toString() {
            return SyscallNames.takesDescriptor(name) ? name + "(fd " + firstArgument + ")" : name;
        }
    }
}
