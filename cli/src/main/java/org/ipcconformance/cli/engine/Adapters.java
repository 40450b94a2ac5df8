package org.ipcconformance.cli.engine;

import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.UnknownAdapterException;

/** The adapter registry as the commands use it: a broken adapter jar is a harness error with a message. */
public final class Adapters {
    private Adapters() {
    }

    public static AdapterRegistry registry() {
        try {
            return AdapterRegistry.shared();
        } catch (ServiceConfigurationError | IllegalStateException e) {
            throw new HarnessException("the adapters on the class path" + (AdapterPath.current().isEmpty() ? ""
                    : " and the adapter path " + AdapterPath.current()) + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an adapter list ({@code all} = every available adapter).
     *
     * @throws org.ipcconformance.spec.spi.UnknownAdapterException naming the known adapters
     * @throws HarnessException when "all" finds no available adapter
     */
    public static List<String> parse(String list) {
        List<String> ids;
        try {
            ids = registry().parse(list);
        } catch (UnknownAdapterException e) {
            throw new UnknownAdapterException(e.getMessage() + AdapterPath.hint());
        }
        if (ids.isEmpty()) {
            throw new HarnessException("no adapter is available on this machine; see: ipc-conformance list");
        }
        return ids;
    }

    /** Why an id is not one adapter (a baseline entry names exactly one), naming the known ones; empty when it is one. */
    public static Optional<String> problemWith(String id) {
        if (id.contains(",") || id.strip().equalsIgnoreCase("all")) {
            return Optional.of("'" + id + "' is not one adapter id; known adapters: " + String.join(", ", registry().providers().stream().map(org.ipcconformance.spec.spi.AdapterProvider::id).toList()));
        }
        try {
            List<String> parsed = registry().parse(id);
            return parsed.size() == 1 && parsed.get(0).equals(id) ? Optional.empty()
                    : Optional.of("'" + id + "' is not an adapter id as runs name it (" + String.join(", ", parsed) + ")");
        } catch (UnknownAdapterException e) {
            return Optional.of(e.getMessage() + AdapterPath.hint());
        }
    }
}
