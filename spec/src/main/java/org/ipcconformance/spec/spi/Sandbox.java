package org.ipcconformance.spec.spi;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * One isolated run of one spec on one adapter: its own process, a private scratch directory,
 * and everything it creates. Closing it kills every process it started and closes every handle,
 * also after a failure or a timeout.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface Sandbox extends AutoCloseable {

    String adapterId();

    Features features();

    /** The spec's own process. */
    Proc self();

    /** A private (0700) directory for named objects: FIFOs, socket files. */
    Path directory();

    /** Throws {@link FeatureMissingException} (NOT_APPLICABLE) unless the adapter has every feature. */
    default void require(Feature... features) {
        features().require(features);
    }

    /**
     * Set once the adapter has proved that the spec can never finish (every process waits, none
     * could wake another): who waits on what. The spec's verdict is then TIMEOUT at once, whatever
     * it made of the failures this caused. Empty on adapters that cannot tell (real processes).
     */
    default java.util.Optional<String> deadlock() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
