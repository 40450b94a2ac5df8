package org.ipcconformance.spec.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The facets one process offers, with the adapter's {@link Features} that explain the missing
 * ones. An adapter builds it once per process: {@code Facets.of(features).with(Facet.PIPES, this)...}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Facets {
    private final Features features;
    private final Map<Facet<?>, Object> offered;

    private Facets(Features features, Map<Facet<?>, Object> offered) {
        this.features = features;
        this.offered = offered;
    }

    /** No facet yet; add each with {@link #with}. */
    public static Facets of(Features features) {
        return new Facets(Objects.requireNonNull(features), Map.of());
    }

    /** These facets and {@code facet}, implemented by {@code implementation}. */
    public <F> Facets with(Facet<F> facet, F implementation) {
        Map<Facet<?>, Object> more = new HashMap<>(offered);
        more.put(facet, facet.type().cast(Objects.requireNonNull(implementation, facet.title())));
        return new Facets(features, Map.copyOf(more));
    }

    public Features features() {
        return features;
    }

    public <F> Optional<F> find(Facet<F> facet) {
        return Optional.ofNullable(offered.get(facet)).map(facet.type()::cast);
    }

    public boolean offers(Facet<?> facet) {
        return offered.containsKey(facet);
    }
}
