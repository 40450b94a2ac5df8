package org.ipcconformance.spec.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** What an adapter can do, and why it cannot do the rest. Undeclared features count as missing. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Features {
    private final String adapterId;
    private final Map<Feature, String> missing;

    private Features(String adapterId, Map<Feature, String> missing) {
        this.adapterId = adapterId;
        this.missing = Collections.unmodifiableMap(missing);
    }

    public static Builder of(String adapterId) {
        return new Builder(adapterId);
    }

    /** The adapter these features belong to. */
    public String adapterId() {
        return adapterId;
    }

    public boolean has(Feature f) {
        return !missing.containsKey(f);
    }

    /** Why the feature is missing, or empty when the adapter has it. */
    public Optional<String> reasonMissing(Feature f) {
        return Optional.ofNullable(missing.get(f));
    }

    /** Throws {@link FeatureMissingException} (NOT_APPLICABLE) unless every feature is present. */
    public void require(Feature... features) {
        for (Feature f : features) {
            String reason = missing.get(f);
            if (reason != null) {
                throw new FeatureMissingException(f, adapterId, reason);
            }
        }
    }

    /** Every feature with its reason when missing; the README's adapter table is made from this. */
    public Map<Feature, String> missing() {
        return missing;
    }

    public static final class Builder {
        private final String adapterId;
        private final Map<Feature, String> missing = new EnumMap<>(Feature.class);

        private Builder(String adapterId) {
            this.adapterId = adapterId;
            for (Feature f : Feature.values()) {
                missing.put(f, "not declared by adapter " + adapterId);
            }
        }

        public Builder has(Feature... features) {
            for (Feature f : features) {
                missing.remove(f);
            }
            return this;
        }

        public Builder lacks(Feature f, String reason) {
            missing.put(f, reason);
            return this;
        }

        public Features build() {
            return new Features(adapterId, missing.isEmpty() ? Map.of() : new EnumMap<>(missing));
        }
    }
}
