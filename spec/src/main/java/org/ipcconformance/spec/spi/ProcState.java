package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * The observed scheduling state of a process: deterministic evidence that an operation blocks
 * (Linux: /proc/PID/stat and /proc/PID/syscall; the simulator: its model).
 *
 * @param kind   the state
 * @param detail what it is doing, e.g. {@code write(fd 10)} or {@code open(/tmp/x)}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ProcState(Kind kind, String detail) {
    public enum Kind {
        /** On a CPU or runnable. */
        RUNNING,
        /** Waiting for the harness's next request: not inside any IPC operation. */
        IDLE,
        /** Asleep inside an IPC operation that cannot complete yet. */
        BLOCKED,
        /** Stopped by a signal (SIGSTOP, SIGTSTP...). */
        STOPPED,
        /** Gone: exited or killed. */
        EXITED
    }

    public boolean isBlocked() {
        return kind == Kind.BLOCKED;
    }

    @Override
    public String toString() {
        return detail == null || detail.isEmpty() ? kind.toString() : kind + " in " + detail;
    }
}
