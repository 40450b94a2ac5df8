package org.ipcconformance.spec.spi.signal;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * How a recording handler is installed ({@code struct sigaction}): the flags a spec chooses and
 * the signals blocked while it runs. The handler logs each delivery as the plain recording handler
 * does, and with {@link #siginfo} false it is an {@code sa_handler(int)}, which sees only the
 * signal number (its deliveries carry source OTHER, no value and no sender).
 *
 * @param restart   SA_RESTART: a blocking call the handler interrupts is restarted instead of failing with EINTR
 * @param noDefer   SA_NODEFER: the signal itself is not added to the mask while its handler runs
 * @param resetHand SA_RESETHAND: the disposition returns to SIG_DFL on entry to the handler
 * @param siginfo   SA_SIGINFO: an {@code sa_sigaction} with a siginfo_t; false for an {@code sa_handler}
 * @param mask      sa_mask: signals blocked (besides the signal itself) while the handler runs
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record HandlerOptions(boolean restart, boolean noDefer, boolean resetHand, boolean siginfo, Set<Signal> mask) {
    public HandlerOptions {
        mask = Set.copyOf(mask);
    }

    /** SA_SIGINFO only, sa_mask empty: POSIX's plain handler. */
    public static HandlerOptions siginfoHandler() {
        return new HandlerOptions(false, false, false, true, Set.of());
    }

    public HandlerOptions withRestart() {
        return new HandlerOptions(true, noDefer, resetHand, siginfo, mask);
    }

    public HandlerOptions withNoDefer() {
        return new HandlerOptions(restart, true, resetHand, siginfo, mask);
    }

    public HandlerOptions withResetHand() {
        return new HandlerOptions(restart, noDefer, true, siginfo, mask);
    }

    /** An {@code sa_handler(int)} instead of an SA_SIGINFO {@code sa_sigaction}. */
    public HandlerOptions withoutSiginfo() {
        return new HandlerOptions(restart, noDefer, resetHand, false, mask);
    }

    public HandlerOptions blocking(Signal... signals) {
        return new HandlerOptions(restart, noDefer, resetHand, siginfo, Set.of(signals));
    }

    @Override
    public String toString() {
        StringBuilder flags = new StringBuilder(siginfo ? "SA_SIGINFO" : "sa_handler");
        if (restart) {
            flags.append("|SA_RESTART");
        }
        if (noDefer) {
            flags.append("|SA_NODEFER");
        }
        if (resetHand) {
            flags.append("|SA_RESETHAND");
        }
        return flags + ", sa_mask " + mask;
    }
}
