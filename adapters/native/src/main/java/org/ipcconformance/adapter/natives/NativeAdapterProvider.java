package org.ipcconformance.adapter.natives;

import com.sun.jna.Platform;
import java.util.Map;
import java.util.Optional;
import org.ipcconformance.adapter.natives.agent.AgentBinary;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.UnknownAdapterException;

/** Registers the native adapter: the operating system's own IPC. */
public final class NativeAdapterProvider implements AdapterProvider {

    @Override
    public String id() {
        return NativeAdapter.ID;
    }

    @Override
    public String description() {
        return "the operating system's IPC: libc through JNA in the harness JVM; other processes are real "
                + "processes running a small C agent started with posix_spawn";
    }

    @Override
    public Optional<String> unavailableReason() {
        if (!Platform.isLinux()) {
            return Optional.of("only Linux is supported so far (this is " + System.getProperty("os.name") + ")");
        }
        try {
            Class.forName("org.ipcconformance.adapter.natives.libc.Libc", true, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("JNA cannot bind libc here: " + e);
        }
        return Optional.empty();
    }

    /**
     * Not faults of Linux but platforms other than this one, to show how the harness judges them
     * (README, "Optional features"): this kernel with a function answering ENOSYS or a /proc
     * without signal lines. The clean adapter has none of them.
     */
    @Override
    public Map<String, String> faults() {
        return Conditions.DESCRIPTIONS;
    }

    @Override
    public Adapter open(RunDirectory run, String fault) {
        if (fault != null && !Conditions.DESCRIPTIONS.containsKey(fault)) {
            throw new UnknownAdapterException("adapter native has no planted fault '" + fault + "'; its faults: "
                    + String.join(", ", Conditions.DESCRIPTIONS.keySet()));
        }
        unavailableReason().ifPresent(reason -> {
            throw new HarnessException("adapter native cannot run here: " + reason);
        });
        return new NativeAdapter(AgentBinary::get, Conditions.of(fault));
    }
}
