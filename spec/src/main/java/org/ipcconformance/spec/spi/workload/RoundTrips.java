package org.ipcconformance.spec.spi.workload;

import org.apiguardian.api.API;

/**
 * What a measured loop of round trips gave, timed inside the processes under test: the median,
 * 99th percentile and worst round trip over {@code rounds} (after a warm-up that is not counted),
 * in nanoseconds of {@code clock}.
 *
 * @param clock what the nanoseconds are: {@code CLOCK_MONOTONIC} on a real system, the model's
 *              virtual time in the simulator
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record RoundTrips(Workload workload, int messageBytes, int rounds, long medianNanos, long p99Nanos, long maxNanos,
                         String clock) {
    public RoundTrips {
        if (workload == null || clock == null) {
            throw new IllegalArgumentException("a workload and a clock are required");
        }
    }

    /** One line for evidence: {@code pipe: median 12.4 µs, p99 30.1 µs, max 80.0 µs (2000 rounds of 64 B)}. */
    public String summary() {
        return "%s: median %s, p99 %s, max %s (%d rounds of %d B, %s)".formatted(workload.title(), micros(medianNanos),
                micros(p99Nanos), micros(maxNanos), rounds, messageBytes, clock);
    }

    static String micros(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f µs", nanos / 1000.0);
    }
}
