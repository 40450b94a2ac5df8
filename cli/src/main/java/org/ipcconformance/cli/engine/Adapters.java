package org.ipcconformance.cli.engine;

import java.util.List;
import java.util.ServiceConfigurationError;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.HarnessException;

/** The adapter registry as the commands use it: a broken adapter jar is a harness error with a message. */
public final class Adapters {
    private Adapters() {
    }

    public static AdapterRegistry registry() {
        try {
            return AdapterRegistry.shared();
        } catch (ServiceConfigurationError | IllegalStateException e) {
            throw new HarnessException("the adapters on the class path cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an adapter list ({@code all} = every available adapter).
     *
     * @throws org.ipcconformance.spec.spi.UnknownAdapterException naming the known adapters
     * @throws HarnessException when "all" finds no available adapter
     */
    public static List<String> parse(String list) {
        List<String> ids = registry().parse(list);
        if (ids.isEmpty()) {
            throw new HarnessException("no adapter is available on this machine; see: ipc-conformance list");
        }
        return ids;
    }
}
