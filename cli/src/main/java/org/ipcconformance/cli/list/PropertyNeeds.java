package org.ipcconformance.cli.list;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.suites.engine.Requirements;

/**
 * What an adapter must offer for one property to be checked: the features its spec methods
 * declare ({@code @Requires}), per variant where they run once per variant.
 *
 * @param perVariant by variant title ({@code System V}, {@code POSIX}, {@code UNIX}, {@code INET}),
 *                   with {@link #NO_VARIANT} for methods that have none; empty when the property
 *                   has no spec method
 * @param methods    how many spec methods check the property
 * @param pending    the catalog lists it as having no executable spec yet
 */
record PropertyNeeds(PropertyDef property, Map<String, Set<Feature>> perVariant, int methods, boolean pending) {
    /** The key of the features of methods without variants, as {@code Requirement.featuresPerVariant()} gives it. */
    static final String NO_VARIANT = "";

    /** One spec method's requirements, as the suites declare them. */
    record MethodNeeds(String propertyId, String method, Map<String, List<Feature>> featuresPerVariant) {
    }

    /** The requirements of every spec method of the suites on the class path. */
    static List<MethodNeeds> ofSuites() {
        // The suites' own record is not named here: only the accessors this listing reads.
        return Requirements.all().stream()
                .map(r -> new MethodNeeds(r.propertyId(), r.specClass() + "." + r.specMethod(), r.featuresPerVariant()))
                .toList();
    }

    /** Every property of the catalog, in catalog order, with what its spec methods need. */
    static List<PropertyNeeds> of(Catalog catalog, List<MethodNeeds> methods) {
        List<PropertyNeeds> all = new ArrayList<>();
        for (PropertyDef def : catalog.properties()) {
            Map<String, Set<Feature>> perVariant = new LinkedHashMap<>();
            int count = 0;
            for (MethodNeeds m : methods) {
                if (m.propertyId().equals(def.id())) {
                    count++;
                    m.featuresPerVariant().forEach((variant, features) -> perVariant
                            .computeIfAbsent(variant, v -> EnumSet.noneOf(Feature.class)).addAll(features));
                }
            }
            all.add(new PropertyNeeds(def, perVariant, count, catalog.isPending(def.id())));
        }
        return all;
    }

    boolean executable() {
        return methods > 0;
    }

    /** Every feature some method needs in some variant. */
    Set<Feature> all() {
        Set<Feature> all = EnumSet.noneOf(Feature.class);
        perVariant.values().forEach(all::addAll);
        return all;
    }

    /** True when some spec method of the property runs once per variant. */
    boolean hasVariants() {
        return perVariant.keySet().stream().anyMatch(v -> !v.equals(NO_VARIANT));
    }
}
