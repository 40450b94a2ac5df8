package org.ipcconformance.adapter.natives.agent;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.WaitStatus;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * Waits for one child on a thread of its own and reaps it. The thread first waits with
 * WNOWAIT (the child stays a zombie, so its PID cannot be reused), then reaps under the lock
 * that {@link #kill()} takes: a SIGKILL never reaches a stranger that inherited the PID. A
 * signal sent to this one (by the harness or another agent) holds the reaping off ({@link #holdOff()}) for
 * the same reason, without holding the lock across a request to the sending agent.
 */
final class Reaper {

    private final int pid;
    private final String name;
    private final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    private final Object lock = new Object();
    private boolean reaped;
    /** Signals on their way to this PID: the zombie stays until they are sent. */
    private int holds;

    private Reaper(int pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    static Reaper watch(int pid, String name) {
        Reaper r = new Reaper(pid, name);
        Thread t = new Thread(r::run, "ipc-native-reaper-" + name + "-" + pid);
        t.setDaemon(true);
        t.start();
        return r;
    }

    private void run() {
        try (Memory info = new Memory(SIGINFO_SIZE)) {
            while (Libc.waitid(P_PID, pid, info, WEXITED | WNOWAIT) < 0) {
                int errno = Native.getLastError();
                if (errno != Errno.EINTR) {
                    exit.completeExceptionally(new HarnessException("waitid for " + name + " (pid " + pid + ") failed: "
                            + Errno.describe(errno)));
                    return;
                }
            }
        }
        int[] status = new int[1];
        synchronized (lock) {
            while (holds > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int rc;
            do {
                rc = Libc.waitpid(pid, status, 0);
            } while (rc < 0 && Native.getLastError() == Errno.EINTR);
            reaped = true;
            if (rc < 0) {
                exit.completeExceptionally(new HarnessException("waitpid for " + name + " (pid " + pid + ") failed: "
                        + Errno.describe(Native.getLastError())));
                return;
            }
        }
        exit.complete(WaitStatus.decode(status[0]));
    }

    /** SIGKILL unless reaped already; quiet about a child that is gone. */
    void kill() {
        synchronized (lock) {
            if (!reaped) {
                Libc.kill(pid, SIGKILL);
            }
        }
    }

    /** Keeps the PID from being reaped (and reused) until {@link #allowReaping()}; false when reaped already. */
    boolean holdOff() {
        synchronized (lock) {
            if (reaped) {
                return false;
            }
            holds++;
            return true;
        }
    }

    void allowReaping() {
        synchronized (lock) {
            holds--;
            lock.notifyAll();
        }
    }

    boolean isDone() {
        return exit.isDone();
    }

    /** The status once reaped, else null. */
    ExitStatus statusNow() {
        return exit.isDone() && !exit.isCompletedExceptionally() ? exit.join() : null;
    }

    /**
     * Waits for the child's end until {@code deadline}: null when it has not ended by then (a process
     * SIGKILL does not end, such as one frozen or stuck in the kernel). Sandbox close waits here.
     */
    ExitStatus awaitUntil(Instant deadline) {
        long nanos = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
        try {
            return exit.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new HarnessException(cause.toString(), cause);
        }
    }

    /** Waits for the child's end; interruptible, so a spec's time limit can cut it short. */
    ExitStatus await() {
        try {
            return exit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while waiting for " + name + " (pid " + pid + ") to end", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new HarnessException(cause.toString(), cause);
        }
    }
}
