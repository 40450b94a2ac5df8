package org.ipcconformance.spec.spi;

/** A spec needed a feature that the adapter declared missing: the verdict is NOT_APPLICABLE with this reason. */
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
