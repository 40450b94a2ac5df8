package org.ipcconformance.spec.spi.signal;

import org.apiguardian.api.API;

/**
 * A signal's action as sigaction(2) reports it in oact, which the same process can install again:
 * its kind, the handler's flags and sa_mask, and the adapter's token for the whole action.
 *
 * @param kind    SIG_DFL, SIG_IGN or a handler
 * @param options the handler's flags and sa_mask; null unless {@code kind} is HANDLER
 * @param token   what the adapter needs to install this very action again; meaningless elsewhere
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record SignalAction(Kind kind, HandlerOptions options, long token) {

    /** What a signal's action is. */
    public enum Kind {
        DEFAULT,
        IGNORE,
        HANDLER
    }

    @Override
    public String toString() {
        return kind == Kind.HANDLER ? "handler (" + options + ")" : kind == Kind.DEFAULT ? "SIG_DFL" : "SIG_IGN";
    }
}
