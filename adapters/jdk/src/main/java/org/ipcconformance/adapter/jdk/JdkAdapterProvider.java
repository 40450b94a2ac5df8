package org.ipcconformance.adapter.jdk;

import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;

/** Registers the jdk adapter: what the JDK's own APIs can do for IPC, certified. */
public final class JdkAdapterProvider implements AdapterProvider {
    @Override
    public String id() {
        return JdkFeatures.ID;
    }

    @Override
    public String description() {
        return "the JDK's own APIs: java.nio.channels.Pipe, ProcessBuilder's stdio pipes, java.nio.file;"
                + " other processes are child JVMs";
    }

    /** Always available: it needs nothing but the JDK it runs on. */
    @Override
    public Adapter open(RunDirectory run, String fault) {
        if (fault != null) {
            throw new IllegalArgumentException("the jdk adapter has no planted faults, but '" + fault + "' was asked for");
        }
        return new JdkAdapter(run);
    }
}
