package org.ipcconformance.adapter.simulator.kernel.workload;

import java.util.EnumSet;
import java.util.Set;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.WorkloadCalls;
import org.ipcconformance.spec.spi.workload.RoundTrips;
import org.ipcconformance.spec.spi.workload.Workload;

/**
 * Measured loops in the model: one operation of the measured process, timed in the model's
 * virtual time ({@link CostModel}), so every round trip costs the same and the figures are the
 * same run after run, on any machine and under any load.
 */
public final class ModelWorkloads implements WorkloadCalls {
    static final String CLOCK = "the model's virtual time";

    private final Kernel kernel;
    private final ModelProcess process;

    public ModelWorkloads(Kernel kernel, ModelProcess process) {
        this.kernel = kernel;
        this.process = process;
    }

    @Override
    public Set<Workload> workloads() {
        return EnumSet.allOf(Workload.class);
    }

    @Override
    public RoundTrips roundTrips(Workload workload, int messageBytes, int rounds) {
        String op = process.name() + ": " + rounds + " round trips of " + messageBytes + " bytes through " + workload.title();
        return kernel.syscall(process, op, () -> {
            if (messageBytes < 1 || rounds < 1) {
                throw Errno.EINVAL.exception(op + " (a message of at least one byte and at least one round)");
            }
            long each = CostModel.roundTripNanos(workload, messageBytes, kernel.faults().has(Fault.SHM_STORES_THROUGH_KERNEL));
            return new RoundTrips(workload, messageBytes, rounds, each, each, each, CLOCK);
        });
    }
}
