package org.ipcconformance.cli.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;

/**
 * {@code list --requirements --markdown}: the README's table of what an adapter must offer, one
 * row per mechanism: the facets its properties' features declare and the features that are
 * capabilities of other facets' calls, each with how many of the mechanism's properties need it
 * (in some variant). Made from the specs' {@code @Requires}, never written by hand: a cli test
 * compares it with README.md.
 */
final class RequirementsTable {
    private RequirementsTable() {
    }

    static String markdown(List<PropertyNeeds> needs) {
        StringBuilder md = new StringBuilder();
        md.append("| Mechanism | Properties checked | Facets to implement: feature, properties that need it |")
                .append(" Other features: properties that need them |\n");
        md.append("|---|---|---|---|\n");
        for (Mechanism m : Mechanism.values()) {
            List<PropertyNeeds> ofMechanism = needs.stream().filter(n -> n.property().mechanism() == m).toList();
            if (ofMechanism.isEmpty()) {
                continue;
            }
            Map<Feature, Integer> counts = new EnumMap<>(Feature.class);
            ofMechanism.forEach(n -> n.all().forEach(f -> counts.merge(f, 1, Integer::sum)));
            long checked = ofMechanism.stream().filter(PropertyNeeds::executable).count();
            List<String> facets = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Map.Entry<Feature, Integer> e : byCountThenFeature(counts)) {
                Optional<Facet<?>> facet = FacetIndex.of(e.getKey());
                String feature = "`" + e.getKey().name() + "`";
                if (facet.isPresent()) {
                    facets.add(facet.get().title() + " (" + feature + "): " + e.getValue());
                } else {
                    others.add(feature + ": " + e.getValue());
                }
            }
            md.append("| ").append(m.title()).append(" | ").append(checked).append(" of ").append(ofMechanism.size())
                    .append(" | ").append(cell(facets)).append(" | ").append(cell(others)).append(" |\n");
        }
        return md.toString();
    }

    private static List<Map.Entry<Feature, Integer>> byCountThenFeature(Map<Feature, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Feature, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .collect(Collectors.toList());
    }

    private static String cell(List<String> items) {
        return items.isEmpty() ? "–" : String.join(" · ", items);
    }
}
