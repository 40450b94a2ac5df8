package org.ipcconformance.cli.list;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.spi.Feature;

/** {@code list --requirements}: per property, the features its spec methods need and the facets they declare. */
final class RequirementsListing {
    private RequirementsListing() {
    }

    static void print(PrintWriter out, List<PropertyNeeds> needs) {
        out.println("Requirements: the features each property's spec methods declare (@Requires), per variant where");
        out.println("they run once per variant, each with the facet an adapter implements to offer it [in brackets];");
        out.println("a feature without brackets is a capability of another facet's calls.");
        int width = needs.stream().mapToInt(n -> n.property().id().length()).max().orElse(10) + 2;
        for (Mechanism m : Mechanism.values()) {
            List<PropertyNeeds> ofMechanism = needs.stream().filter(n -> n.property().mechanism() == m).toList();
            if (ofMechanism.isEmpty()) {
                continue;
            }
            out.println("  " + m.title());
            for (PropertyNeeds n : ofMechanism) {
                property(out, n, width);
            }
        }
    }

    private static void property(PrintWriter out, PropertyNeeds n, int width) {
        String id = n.property().id();
        if (!n.executable()) {
            out.println(String.format(Locale.ROOT, "    %-" + width + "s%s", id, n.pending()
                    ? "no executable spec yet (pending)" : "no spec method found, though the catalog does not list it as pending"));
            return;
        }
        if (!n.hasVariants()) {
            out.println(String.format(Locale.ROOT, "    %-" + width + "s%s", id, describe(n.perVariant().get(PropertyNeeds.NO_VARIANT))));
            return;
        }
        out.println("    " + id);
        for (Map.Entry<String, Set<Feature>> e : n.perVariant().entrySet()) {
            // Methods without variants run whatever the variant: their line says "always".
            String variant = e.getKey().equals(PropertyNeeds.NO_VARIANT) ? "always" : e.getKey();
            out.println(String.format(Locale.ROOT, "      %-" + (width - 2) + "s%s", variant, describe(e.getValue())));
        }
    }

    /** {@code PIPES [pipes], NONBLOCKING_IO}; "no feature declared" for methods that need none. */
    static String describe(Set<Feature> features) {
        if (features == null || features.isEmpty()) {
            return "no feature declared";
        }
        return features.stream().map(f -> f.name() + FacetIndex.of(f).map(facet -> " [" + facet.title() + "]").orElse(""))
                .collect(Collectors.joining(", "));
    }
}
