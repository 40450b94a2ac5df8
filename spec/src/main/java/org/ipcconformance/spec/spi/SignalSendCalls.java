package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;
import java.util.List;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * kill(2) ({@link Facet#SIGNAL_SEND}, feature {@link Feature#SIGNAL_SEND}). The harness passes on
 * only targets that the sandbox started: never the sandbox's own process, which stands for the
 * harness. Errors: INVALID_ARGUMENT for a signal the system does not have, NO_SUCH_PROCESS
 * (ESRCH) for a target that has ended and been reaped.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface SignalSendCalls {

    /** kill(2) from this process to {@code target}. */
    void kill(Proc target, Signal signal);

    /**
     * This process signals itself ({@code how}: raise, kill(getpid()) or sigqueue(getpid()) with
     * {@code value}); returns the deliveries its recording handler logged during the call, that is
     * before the call returned. The sandbox's own process refuses (the harness never signals itself).
     */
    List<Delivery> sendToSelf(SelfSend how, Signal signal, int value);
}
