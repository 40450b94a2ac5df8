package org.ipcconformance.reports.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.PropertyDef;

/**
 * The part of the catalog a report needs: the properties in catalog order and the pending IDs.
 * A value of its own so that reports can be built and tested without the shipped catalog.
 */
public record CatalogView(List<PropertyDef> properties, Set<String> pending) {
    public CatalogView {
        properties = List.copyOf(properties);
        pending = Set.copyOf(pending);
    }

    public static CatalogView of(Catalog catalog) {
        return new CatalogView(catalog.properties(), catalog.pending());
    }

    public Optional<PropertyDef> find(String id) {
        return properties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Map<String, PropertyDef> byId() {
        Map<String, PropertyDef> m = new LinkedHashMap<>();
        properties.forEach(p -> m.put(p.id(), p));
        return m;
    }

    public boolean isPending(String id) {
        return pending.contains(id);
    }
}
