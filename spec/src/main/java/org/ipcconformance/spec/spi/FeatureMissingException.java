package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** A spec needed a feature that the adapter declared missing: the verdict is NOT_APPLICABLE with this reason. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class FeatureMissingException extends RuntimeException {
    private final Feature feature;

    public FeatureMissingException(Feature feature, String adapterId, String reason) {
        super(adapterId + " lacks " + feature + ": " + reason);
        this.feature = feature;
    }

    public Feature feature() {
        return feature;
    }
}
