package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The index of what every property method needs, made from the suites' own annotations: the
 * source of {@code list --requirements} and of the README's table of what an adapter must offer.
 */
public final class Requirements {
    private Requirements() {
    }

    /** Every {@link Property} method under {@link ReportKeys#SUITES_PACKAGE}, sorted by property ID, then class and method. */
    public static List<Requirement> all() {
        return in(ReportKeys.SUITES_PACKAGE);
    }

    /** The same for the classes under {@code packageName}. */
    static List<Requirement> in(String packageName) {
        List<Requirement> found = new ArrayList<>();
        for (Class<?> c : ReflectionSupport.findAllClassesInPackage(packageName, type -> true, name -> true)) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Property.class)) {
                    found.add(Requirement.of(m));
                }
            }
        }
        found.sort(Comparator.comparing(Requirement::propertyId).thenComparing(Requirement::specClass)
                .thenComparing(Requirement::specMethod));
        return List.copyOf(found);
    }
}
