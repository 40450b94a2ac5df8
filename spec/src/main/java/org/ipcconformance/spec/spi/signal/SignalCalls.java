package org.ipcconformance.spec.spi.signal;

import java.util.List;
import java.util.Set;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;

/**
 * Signal operations carried out by one process ({@link Proc#signals()}), each one call of the
 * primitive in that process. Signals go only to processes a sandbox started: never to the
 * harness's own process, whose handlers a run must leave untouched (an adapter refuses a target
 * that is the harness with a HarnessException).
 *
 * <p>{@link #deliveries()}, {@link #pending()} and {@link #blocked()} observe the process from
 * outside: they answer while the process is stopped, or asleep in a blocking call, without
 * needing it to run.
 *
 * <p>The process that stands for the harness ({@link org.ipcconformance.spec.spi.Sandbox#self()})
 * sends signals and opens terminals, but its own dispositions and mask are not the run's to
 * change: disposition, mask and in-process calls on it are refused with a HarnessException (its
 * log is empty). Errors of the primitives are IpcExceptions: INVALID_ARGUMENT (EINVAL) for a
 * signal the system does not have, NO_SUCH_PROCESS (ESRCH) for a target that has ended and been
 * reaped.
 */
public interface SignalCalls {

    // ---- disposition; needs Feature.SIGNAL_HANDLERS ----

    /**
     * Installs a handler (sigaction with SA_SIGINFO, every signal blocked while it runs, no
     * SA_RESTART) that records each delivery in this process's delivery log. A blocking call it
     * interrupts fails with INTERRUPTED (EINTR). For the synchronous fault signals (SIGSEGV,
     * SIGBUS, SIGILL, SIGFPE, SIGTRAP) the handler is one-shot (SA_RESETHAND): it returns to the
     * faulting access, which faults again and takes the default action. SIGKILL and SIGSTOP are
     * refused with INVALID_ARGUMENT.
     */
    void handle(Signal signal);

    /** Sets SIG_IGN. SIGKILL and SIGSTOP are refused with INVALID_ARGUMENT. */
    void ignore(Signal signal);

    /** Restores SIG_DFL. */
    void reset(Signal signal);

    /** The recording handler's log, oldest first; readable from outside the process, also after it ended. */
    List<Delivery> deliveries();

    // ---- the mask and the pending set; needs Feature.SIGNAL_MASK ----

    /** sigprocmask(SIG_BLOCK, signals). Blocking SIGKILL or SIGSTOP succeeds and has no effect. */
    void block(Signal... signals);

    /**
     * sigprocmask(SIG_UNBLOCK, signals); returns the deliveries the handler recorded during the
     * call, that is before it returned (POSIX: at least one pending unblocked signal is
     * delivered before sigprocmask returns).
     */
    List<Delivery> unblock(Signal... signals);

    /** The signals blocked now (the process's mask). */
    Set<Signal> blocked();

    /** The signals pending now (sigpending, or the kernel's view of the process from outside). */
    Set<Signal> pending();

    // ---- sending; needs Feature.SIGNAL_SEND ----

    /** kill(2) from this process to {@code target}. */
    void kill(Proc target, Signal signal);

    /** sigqueue(3) from this process: {@code signal} with {@code value}. Needs {@link Feature#REALTIME_SIGNALS}. */
    void queue(Proc target, Signal signal, int value);

    // ---- sources inside the process; needs Feature.SIGNAL_FAULTS ----

    /** abort(3) in this process: never returns normally (the process ends by SIGABRT). */
    void abort();

    /** A store through an address that maps nothing (a null pointer): raises SIGSEGV in this process. */
    void touchInvalidMemory();

    /**
     * Runs a busy loop with no system call until the recording handler has logged
     * {@code signal} (a delivery after the loop began); the process stays RUNNING meanwhile.
     * Returns that delivery. The way to show a signal reaching a process that is running, not
     * asleep. INVALID_ARGUMENT when no recording handler is installed for {@code signal}.
     */
    Delivery spinUntilDelivered(Signal signal);

    // ---- terminals; needs Feature.TERMINAL ----

    /**
     * Opens a pseudo-terminal in this process (posix_openpt, grantpt, unlockpt) and starts a
     * child on it, in a new session whose controlling terminal is the slave side, as the
     * foreground process group, every signal at its default disposition. Only from the
     * sandbox's own process; the master is closed and the child killed with the sandbox.
     */
    TerminalSession openTerminal();
}
