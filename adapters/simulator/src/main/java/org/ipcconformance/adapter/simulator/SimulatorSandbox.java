package org.ipcconformance.adapter.simulator;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/** One spec's model kernel. The model writes nothing to disk, so closing it is killing its processes. */
final class SimulatorSandbox implements Sandbox {
    private final String adapterId;
    private final Features features;
    private final Path directory;
    private final Kernel kernel;
    private final Proc self;
    private final Consumer<SimulatorSandbox> onClose;

    SimulatorSandbox(String adapterId, Features features, Path directory, Kernel kernel,
                     Consumer<SimulatorSandbox> onClose) {
        this.adapterId = adapterId;
        this.features = features;
        this.directory = directory;
        this.kernel = kernel;
        this.self = new SimulatorProc(SandboxModel.of(kernel, features), kernel.self());
        this.onClose = onClose;
    }

    @Override
    public String adapterId() {
        return adapterId;
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public Proc self() {
        return self;
    }

    @Override
    public Path directory() {
        return directory;
    }

    /** Set once the model proved that nothing in the sandbox can run again (see the kernel's Liveness). */
    @Override
    public Optional<String> deadlock() {
        return kernel.deadlock();
    }

    /** Kills every model process and wakes every blocked operation (they end with ProcessGoneException). */
    @Override
    public void close() {
        kernel.shutDown();
        onClose.accept(this);
    }
}
