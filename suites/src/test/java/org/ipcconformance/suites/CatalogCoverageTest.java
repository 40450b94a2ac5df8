package org.ipcconformance.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.suites.engine.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The build's guard that catalog and suites agree: every catalog property has a spec method or is
 * listed as pending (UNTESTED), no spec names an unknown ID, and no pending ID has a spec.
 */
class CatalogCoverageTest {
    private final Catalog catalog = Catalog.standard();
    private final Map<String, Set<String>> specsById = specMethodsById();

    @Test
    void everySpecNamesACatalogProperty() {
        Set<String> unknown = new TreeSet<>(specsById.keySet());
        catalog.properties().forEach(p -> unknown.remove(p.id()));
        assertThat(unknown).as("@Property IDs that the catalog lacks (used in %s)", specsById).isEmpty();
    }

    @Test
    void everyCatalogPropertyHasASpecOrIsPending() {
        Set<String> missing = new TreeSet<>();
        for (PropertyDef p : catalog.properties()) {
            if (!specsById.containsKey(p.id()) && !catalog.isPending(p.id())) {
                missing.add(p.id());
            }
        }
        assertThat(missing).as("catalog properties with no spec method that are not listed in catalog/pending.txt").isEmpty();
    }

    @Test
    void noPendingPropertyHasASpec() {
        Set<String> stale = new TreeSet<>(catalog.pending());
        stale.retainAll(specsById.keySet());
        assertThat(stale).as("IDs listed as pending although a spec exists: remove them from catalog/pending.txt").isEmpty();
    }

    private static Map<String, Set<String>> specMethodsById() {
        Map<String, Set<String>> byId = new TreeMap<>();
        for (Class<?> c : ReflectionSupport.findAllClassesInPackage(ReportKeys.SUITES_PACKAGE, type -> true, name -> true)) {
            for (Method m : c.getDeclaredMethods()) {
                Property property = m.getAnnotation(Property.class);
                if (property != null) {
                    byId.computeIfAbsent(property.value(), k -> new TreeSet<>()).add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        return byId;
    }
}
