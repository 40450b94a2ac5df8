package org.ipcconformance.spec.spi;

import java.util.Set;
import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.workload.RoundTrips;
import org.ipcconformance.spec.spi.workload.Workload;

/**
 * Measured loops ({@link Feature#WORKLOADS}): the loop runs inside the process under test and a
 * peer it starts for the measurement, never one harness round trip per message; the harness
 * only starts it and collects the figures.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public interface WorkloadCalls {
    /** The mechanisms this process can measure. */
    Set<Workload> workloads();

    /**
     * Passes a message of {@code messageBytes} back and forth with a peer of this process,
     * {@code rounds} times after a warm-up, timing each round trip inside the process.
     */
    RoundTrips roundTrips(Workload workload, int messageBytes, int rounds);
}
