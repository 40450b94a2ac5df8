package org.ipcconformance.adapter.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Sandbox;

/** The model, clean or with one planted fault; each sandbox gets a kernel of its own. */
final class SimulatorAdapter implements Adapter {
    private final String id;
    private final Faults faults;
    private final Features features;
    private final Set<SimulatorSandbox> open = ConcurrentHashMap.newKeySet();

    SimulatorAdapter(String id, Faults faults) {
        this.id = id;
        this.faults = faults;
        // The model is the catalog's executable reading: it has every feature.
        this.features = Features.of(id)
                .has(Feature.values())
                .build();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return Kernel.VERSION;
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("model", Kernel.VERSION);
        env.put("planted faults", faults.toString());
        env.put("pipe capacity", Kernel.PIPE_CAPACITY + " bytes");
        env.put("PIPE_BUF", Kernel.PIPE_BUF + " bytes");
        env.put("JDK", System.getProperty("java.version"));
        return env;
    }

    @Override
    public Sandbox openSandbox(SandboxContext context) {
        Kernel kernel = new Kernel(faults, context.run().path(), context.directory(), context.label());
        SimulatorSandbox box = new SimulatorSandbox(id, features, context.directory(), kernel, open::remove);
        open.add(box);
        return box;
    }

    /** Closes the sandboxes a spec left open, so that no model thread stays blocked. */
    @Override
    public void close() {
        for (SimulatorSandbox box : open) {
            box.close();
        }
    }
}
