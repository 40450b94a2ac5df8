package org.ipcconformance.cli.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipcconformance.reports.collect.SpecMethods;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.CatalogException;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.PostDiscoveryFilter;

/** Which catalog properties a run covers: all, the listed IDs, or those of some mechanisms. */
public final class Selection {
    private Selection() {
    }

    /**
     * The selected IDs in catalog order, or null for the whole catalog.
     *
     * @throws IllegalArgumentException naming an unknown ID or mechanism and what is accepted
     */
    public static Set<String> of(Catalog catalog, List<String> properties, List<String> mechanisms) {
        if (properties != null && !properties.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            for (String raw : properties) {
                String id = raw.strip().toUpperCase(Locale.ROOT);
                if (!id.isEmpty()) {
                    try {
                        ids.add(catalog.get(id).id());
                    } catch (CatalogException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }
            }
            return inCatalogOrder(catalog, ids);
        }
        if (mechanisms != null && !mechanisms.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            for (String raw : mechanisms) {
                if (!raw.isBlank()) {
                    catalog.of(mechanism(raw)).forEach(p -> ids.add(p.id()));
                }
            }
            return ids;
        }
        return null;
    }

    /** A mechanism by enum name ({@code message-queue} or {@code MESSAGE_QUEUE}) or ID prefix ({@code MQ}). */
    public static Mechanism mechanism(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Mechanism m : Mechanism.values()) {
            if (m.name().equals(n) || m.idPrefix().equals(n)) {
                return m;
            }
        }
        List<String> known = new ArrayList<>();
        Arrays.stream(Mechanism.values()).forEach(m -> known.add(m.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        throw new IllegalArgumentException("unknown mechanism '" + name.strip() + "'; known mechanisms: "
                + String.join(", ", known) + " (or an ID prefix such as PIPE, FIFO, SIG, MQ)");
    }

    /** Keeps only the spec methods of the selected properties (null: keeps everything). */
    public static PostDiscoveryFilter filter(Set<String> selected) {
        return descriptor -> {
            if (selected == null) {
                return FilterResult.included("every property");
            }
            return descriptor.getSource().flatMap(SpecMethods::propertyOf)
                    .map(id -> selected.contains(id) ? FilterResult.included(id + " is selected")
                            : FilterResult.excluded(id + " is not selected"))
                    .orElseGet(() -> FilterResult.excluded("not a spec of a selected property"));
        };
    }

    private static Set<String> inCatalogOrder(Catalog catalog, Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        catalog.properties().forEach(p -> {
            if (ids.contains(p.id())) {
                ordered.add(p.id());
            }
        });
        return ordered;
    }
}
