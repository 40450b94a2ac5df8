package org.ipcconformance.spec.spi;

import java.util.List;
import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.signal.SignalAction;

/**
 * Dispositions and the delivery log ({@link Facet#SIGNAL_HANDLERS}, feature
 * {@link Feature#SIGNAL_HANDLERS}). The sandbox's own process stands for the harness, whose
 * dispositions a run leaves untouched: an adapter refuses these calls on it with a
 * {@link HarnessException}. Errors: INVALID_ARGUMENT (EINVAL) for a signal the system does not have.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SignalHandlerCalls {

    /**
     * Installs a handler (sigaction with SA_SIGINFO, every signal blocked while it runs, no
     * SA_RESTART) that records each delivery in this process's delivery log. A blocking call it
     * interrupts fails with INTERRUPTED (EINTR). For the synchronous fault signals (SIGSEGV,
     * SIGBUS, SIGILL, SIGFPE, SIGTRAP) the handler is one-shot (SA_RESETHAND): it returns to the
     * faulting access, which faults again and takes the default action. SIGKILL and SIGSTOP are
     * refused with INVALID_ARGUMENT.
     */
    void handle(Signal signal);

    /**
     * Installs a recording handler with the flags and sa_mask of {@code options} (one sigaction),
     * unlike {@link #handle(Signal)}, which blocks every signal while it runs. Needs
     * {@link Feature#SIGNAL_HANDLER_OPTIONS}; adapters without it throw {@link FeatureMissingException}.
     * Errors as for {@link #handle(Signal)}; the null signal and numbers past the highest: INVALID_ARGUMENT.
     */
    void handle(Signal signal, HandlerOptions options);

    /**
     * sigaction(signal, act, &oact): installs {@code act}, an action this process's sigaction
     * returned before (null only queries), and returns oact, the action before the call. Needs
     * {@link Feature#SIGNAL_HANDLER_OPTIONS}. Errors: INVALID_ARGUMENT (EINVAL) for the null signal,
     * a number past the highest, and a handler or SIG_IGN for SIGKILL or SIGSTOP; the action is then
     * unchanged.
     */
    SignalAction sigaction(Signal signal, SignalAction act);

    /** Sets SIG_IGN. SIGKILL and SIGSTOP are refused with INVALID_ARGUMENT. */
    void ignore(Signal signal);

    /** Restores SIG_DFL. */
    void reset(Signal signal);

    /** The recording handler's log, oldest first; read from outside the process, also after it ended. */
    @Concurrent
    List<Delivery> deliveries();
}
