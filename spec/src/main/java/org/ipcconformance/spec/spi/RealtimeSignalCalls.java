package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.signal.Signal;

/** sigqueue(3) ({@link Facet#REALTIME_SIGNALS}, feature {@link Feature#REALTIME_SIGNALS}); targets as for {@link SignalSendCalls}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface RealtimeSignalCalls {

    /** sigqueue(3) from this process: {@code signal} with {@code value}. */
    void queue(Proc target, Signal signal, int value);
}
