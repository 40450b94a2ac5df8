package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.WorkloadCalls;
import org.ipcconformance.spec.spi.workload.RoundTrips;
import org.ipcconformance.spec.spi.workload.Workload;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §5: shared memory is the fastest IPC. A process and a peer it starts pass a small message
 * back and forth through every mechanism the adapter can measure, timed inside them; shared
 * memory's median round trip must beat every other mechanism's by a clear margin. Medians over
 * many rounds, and a margin that the machine's load (which slows every mechanism alike) cannot
 * close, keep the verdict the same run after run.
 */
class ShmFastestSpec {
    private static final int MESSAGE_BYTES = 64;
    private static final int ROUNDS = 500;
    /** How many times faster shared memory's median must be than each other mechanism's. */
    private static final double MARGIN = 2.0;

    @Property("SHM-FASTEST")
    @Requires({Feature.MULTI_PROCESS, Feature.WORKLOADS})
    void sharedMemoryHasTheShortestRoundTripOfEveryMechanismMeasured(Sandbox box, Evidence evidence) {
        Proc measured = box.self().spawnChild(ChildOptions.inheriting());
        WorkloadCalls loops = measured.workloads();
        Map<Workload, RoundTrips> figures = new EnumMap<>(Workload.class);
        for (Workload workload : loops.workloads()) {
            RoundTrips r = loops.roundTrips(workload, MESSAGE_BYTES, ROUNDS);
            assertThat(r.workload()).as("the workload %s measured", workload).isEqualTo(workload);
            assertThat(r.rounds()).as("rounds of %s", workload).isEqualTo(ROUNDS);
            assertThat(r.messageBytes()).as("message size of %s", workload).isEqualTo(MESSAGE_BYTES);
            assertThat(r.medianNanos()).as("median round trip of %s", workload).isPositive();
            assertThat(r.p99Nanos()).as("p99 round trip of %s", workload).isGreaterThanOrEqualTo(r.medianNanos());
            assertThat(r.maxNanos()).as("worst round trip of %s", workload).isGreaterThanOrEqualTo(r.p99Nanos());
            figures.put(workload, r);
        }
        RoundTrips shared = figures.values().stream().filter(r -> r.workload().isSharedMemory())
                .min(Comparator.comparingLong(RoundTrips::medianNanos)).orElse(null);
        assertThat(shared).as("a shared-memory round trip among those measured: %s", figures.keySet()).isNotNull();
        assertThat(figures.values()).as("another mechanism to compare shared memory with")
                .anyMatch(r -> !r.workload().isSharedMemory());
        for (RoundTrips r : figures.values()) {
            evidence.record(r.workload().title(), r.summary() + ", " + ratio(r, shared) + " x shared memory's best ("
                    + shared.workload().title() + ")");
        }
        for (RoundTrips r : figures.values()) {
            if (!r.workload().isSharedMemory()) {
                assertThat((double) r.medianNanos() / shared.medianNanos())
                        .as("median round trip of %s over shared memory's (%s), at least %.1f x: %s vs %s", r.workload().title(),
                                shared.workload().title(), MARGIN, r.summary(), shared.summary())
                        .isGreaterThanOrEqualTo(MARGIN);
            }
        }
    }

    private static String ratio(RoundTrips r, RoundTrips shared) {
        return String.format(Locale.ROOT, "%.2f", (double) r.medianNanos() / shared.medianNanos());
    }
}
