package org.ipcconformance.spec.spi.signal;

import org.apiguardian.api.API;

/** How a process sends a signal to itself. */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public enum SelfSend {
    /** raise(3). */
    RAISE,
    /** kill(getpid(), s). */
    KILL,
    /** sigqueue(getpid(), s, value); needs {@link org.ipcconformance.spec.spi.Feature#REALTIME_SIGNALS}. */
    SIGQUEUE
}
