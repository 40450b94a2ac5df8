package org.ipcconformance.spec.spi;

import java.util.Map;
import java.util.Optional;
import org.ipcconformance.spec.run.RunDirectory;
import org.apiguardian.api.API;

/**
 * The service an adapter jar registers in
 * {@code META-INF/services/org.ipcconformance.spec.spi.AdapterProvider}: putting the jar on the
 * class path is all it takes to certify an implementation.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface AdapterProvider {

    /** A short lower-case name used on the command line: {@code native}, {@code simulator}, {@code jdk}. */
    String id();

    /** One line on what is certified. */
    String description();

    /** Why this adapter cannot run here (wrong OS...), or empty. Unavailable ones are left out of "all". */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /** Planted faults by name, with a line on each; selected as {@code id:fault}. */
    default Map<String, String> faults() {
        return Map.of();
    }

    /**
     * Opens the adapter for a run.
     *
     * @param fault a name from {@link #faults()}, or null for the clean implementation
     */
    Adapter open(RunDirectory run, String fault);
}
