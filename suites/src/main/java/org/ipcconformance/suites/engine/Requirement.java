package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.spec.spi.Feature;

/**
 * What one property method needs of an adapter, as its annotations declare it: the features of
 * {@link Requires#value()} whatever the variant, and those of {@link Requires#ofVariant()} that
 * depend on it. The engine checks them before the body; {@code list --requirements} prints them.
 *
 * @param propertyId the catalog ID of {@link Property#value()}
 * @param specClass  the spec class's simple name, e.g. {@code ShmNoCopySpec}
 * @param specMethod the method's name
 * @param variants   what the method runs once per
 * @param features   the features needed whatever the variant, in declaration order
 * @param ofVariant  the requirements that depend on the variant, in declaration order
 */
public record Requirement(String propertyId, String specClass, String specMethod, Variants variants, List<Feature> features,
                          List<VariantFeature> ofVariant) {

    public Requirement {
        features = List.copyOf(features);
        ofVariant = List.copyOf(ofVariant);
    }

    /** The requirement a {@link Property} method declares (none when it has no {@link Requires}). */
    public static Requirement of(Method method) {
        Property property = method.getAnnotation(Property.class);
        if (property == null) {
            throw new IllegalArgumentException(method + " is not a @Property method");
        }
        Requires requires = method.getAnnotation(Requires.class);
        return new Requirement(property.value(), method.getDeclaringClass().getSimpleName(), method.getName(), property.variants(),
                requires == null ? List.of() : Arrays.asList(requires.value()),
                requires == null ? List.of() : Arrays.asList(requires.ofVariant()));
    }

    /**
     * The features one invocation needs, in the order they are checked: {@link #features()} first,
     * then each of {@link #ofVariant()} for {@code variant} (null when the method has no variants).
     */
    public List<Feature> featuresFor(Object variant) {
        Set<Feature> needed = new LinkedHashSet<>(features);
        for (VariantFeature f : ofVariant) {
            if (variant == null) {
                throw new IllegalStateException(specClass + "." + specMethod + " requires " + f
                        + " of its variant, but runs without variants: declare variants = " + f.variants() + " on @Property");
            }
            needed.add(f.of(variant));
        }
        return List.copyOf(needed);
    }

    /** The features needed per variant, keyed by the variant's title ({@link Variants#title}), or by "" when there are none. */
    public Map<String, List<Feature>> featuresPerVariant() {
        Map<String, List<Feature>> perVariant = new LinkedHashMap<>();
        if (variants == Variants.NONE) {
            perVariant.put("", featuresFor(null));
        }
        for (Object variant : variants.each()) {
            perVariant.put(Variants.title(variant), featuresFor(variant));
        }
        return Collections.unmodifiableMap(perVariant);
    }
}
