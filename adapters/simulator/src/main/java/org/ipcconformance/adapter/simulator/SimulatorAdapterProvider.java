package org.ipcconformance.adapter.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.UnknownAdapterException;

/** The simulator: a deterministic in-memory model of a Unix kernel's IPC, always available. */
public final class SimulatorAdapterProvider implements AdapterProvider {
    public static final String ID = "simulator";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "reference model of a Unix kernel's pipes, FIFOs and processes, in memory ("
                + Kernel.VERSION + "), with planted faults";
    }

    /** Each fault with its deviation and the property it is planted to break. */
    @Override
    public Map<String, String> faults() {
        Map<String, String> faults = new LinkedHashMap<>();
        for (Fault f : Fault.values()) {
            faults.put(f.id(), f.description() + " [breaks " + f.property() + "]");
        }
        return faults;
    }

    @Override
    public Adapter open(RunDirectory run, String fault) {
        if (fault == null || fault.isEmpty()) {
            return new SimulatorAdapter(ID, Faults.none());
        }
        Fault f = Fault.byId(fault).orElseThrow(() -> new UnknownAdapterException(
                "the simulator has no planted fault '" + fault + "'; its faults: " + String.join(", ", faults().keySet())));
        return new SimulatorAdapter(ID + ":" + f.id(), Faults.of(f));
    }
}
