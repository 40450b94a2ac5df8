package org.ipcconformance.adapter.simulator;

import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.LifecycleCalls;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessStateCalls;

/**
 * A model process observed and ended from outside. None of these is an operation of the process:
 * each takes the kernel's lock only briefly (a pending operation sleeps without it), so they
 * answer beside whatever the process has pending.
 */
final class SimulatorLifecycle implements LifecycleCalls, ProcessStateCalls {
    private final Kernel kernel;
    private final ModelProcess process;

    SimulatorLifecycle(Kernel kernel, ModelProcess process) {
        this.kernel = kernel;
        this.process = process;
    }

    @Override
    public ProcState state() {
        return kernel.processes().state(process);
    }

    @Override
    public void exit() {
        kernel.processes().exit(process);
    }

    @Override
    public ExitStatus awaitExit() {
        return kernel.processes().awaitExit(process);
    }

    @Override
    public void kill() {
        kernel.processes().kill(process);
    }
}
