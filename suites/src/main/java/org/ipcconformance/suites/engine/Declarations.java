package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ipcconformance.spec.catalog.Catalog;

/**
 * What makes a {@link Property} method runnable: an ID the catalog has, a variant parameter that
 * matches its {@link Property#variants()} (exactly one, of the variant's type, or none), and
 * variant requirements of that same kind. A method that breaks one is a defect of the suite, not
 * of an adapter: it fails at once, on every adapter, with what to change.
 */
final class Declarations {
    private static final List<Class<?>> VARIANT_TYPES =
            Arrays.stream(Variants.values()).map(Variants::type).filter(Objects::nonNull).toList();

    private Declarations() {
    }

    static void check(Method method) {
        Requirement requirement = Requirement.of(method);
        String name = requirement.specClass() + "." + requirement.specMethod();
        Catalog.standard().get(requirement.propertyId());
        Variants variants = requirement.variants();
        List<Class<?>> taken = Arrays.stream(method.getParameterTypes()).filter(VARIANT_TYPES::contains).toList();
        if (variants == Variants.NONE && !taken.isEmpty()) {
            throw new IllegalStateException(name + " takes a " + taken.get(0).getSimpleName()
                    + " but runs without variants: declare them on @Property (variants = Variants.IPC_FAMILY, SOCKET_DOMAIN or PIPE_KIND)");
        }
        if (variants != Variants.NONE && !taken.equals(List.of(variants.type()))) {
            throw new IllegalStateException(name + " runs once per " + variants + ", so it takes exactly one "
                    + variants.type().getSimpleName() + " parameter; it takes " + taken.stream().map(Class::getSimpleName).toList());
        }
        for (VariantFeature f : requirement.ofVariant()) {
            if (f.variants() != variants) {
                throw new IllegalStateException(name + " requires " + f + " of its variant, which needs variants = "
                        + f.variants() + " on @Property (it has " + variants + ")");
            }
        }
    }
}
