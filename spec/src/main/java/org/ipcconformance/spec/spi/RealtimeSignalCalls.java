package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.signal.Signal;

/** sigqueue(3) ({@link Facet#REALTIME_SIGNALS}, feature {@link Feature#REALTIME_SIGNALS}); targets as for {@link SignalSendCalls}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface RealtimeSignalCalls {

    /** sigqueue(3) from this process: {@code signal} with {@code value}. */
    void queue(Proc target, Signal signal, int value);

    /**
     * Lowers the queue of signals pending for this process to {@code signals} (Linux:
     * setrlimit(RLIMIT_SIGPENDING) of this process, which bounds the queued signals of its real
     * user); sigqueue to it fails with WOULD_BLOCK (EAGAIN) past it. Returns the limit it replaced.
     */
    long limitQueue(int signals);
}
