package org.ipcconformance.spec.spi;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.MaskChange;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * The mask and the pending set ({@link Facet#SIGNAL_MASK}, feature {@link Feature#SIGNAL_MASK}).
 * {@link #pending()} and {@link #blocked()} observe the process from outside: they answer while
 * it is stopped or asleep in a blocking call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SignalMaskCalls {

    /** sigprocmask(SIG_BLOCK, signals). Blocking SIGKILL or SIGSTOP succeeds and has no effect. */
    void block(Signal... signals);

    /**
     * sigprocmask(SIG_UNBLOCK, signals); returns the deliveries the handler recorded during the
     * call, that is before it returned (POSIX: at least one pending unblocked signal is
     * delivered before sigprocmask returns).
     */
    List<Delivery> unblock(Signal... signals);

    /**
     * sigprocmask({@code how}, {@code set}, &oset) in this process; returns oset, the mask before
     * the call. A null {@code set} only queries (how is then not looked at). Signals it unblocks
     * that are pending are delivered before it returns, as for {@link #unblock}. Errors:
     * INVALID_ARGUMENT (EINVAL) for {@link MaskChange#INVALID}, the mask unchanged.
     */
    Set<Signal> sigprocmask(MaskChange how, Set<Signal> set);

    /**
     * sigsuspend({@code mask}): replaces the mask with {@code mask} and waits until a signal's
     * handler has run (or the process ends), then puts the old mask back. It never succeeds: it
     * always ends with INTERRUPTED (EINTR), which this call throws. Run it through
     * {@link Proc#async}: it blocks.
     */
    void sigsuspend(Signal... mask);

    /** The signals blocked now (the process's mask). */
    @Concurrent
    Set<Signal> blocked();

    /** The signals pending now (sigpending, or the kernel's view of the process from outside). */
    @Concurrent
    Set<Signal> pending();
}
