package org.ipcconformance.reports.collect;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Reads the {@code @Property("ID")} annotation of spec methods by reflection: the reports module
 * must not depend on the suites, so the annotation is known by its name only.
 */
public final class SpecMethods {
    /** The annotation the suites put on every spec method. */
    public static final String PROPERTY_ANNOTATION = "org.ipcconformance.suites.engine.Property";

    private SpecMethods() {
    }

    /** The catalog ID a spec method checks, or empty for any other method. */
    public static Optional<String> propertyOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getName().equals(PROPERTY_ANNOTATION)) {
                try {
                    Object value = a.annotationType().getMethod("value").invoke(a);
                    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The catalog ID of the spec method a test source points at, or empty. */
    public static Optional<String> propertyOf(TestSource source) {
        return methodOf(source).flatMap(SpecMethods::propertyOf);
    }

    /** The Java method behind a {@link MethodSource}, or empty when it cannot be loaded. */
    public static Optional<Method> methodOf(TestSource source) {
        if (source instanceof MethodSource ms) {
            try {
                return Optional.of(ms.getJavaMethod());
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The class behind a {@link ClassSource}, or empty when it cannot be loaded. */
    public static Optional<Class<?>> classOf(TestSource source) {
        if (source instanceof ClassSource cs) {
            try {
                return Optional.of(cs.getJavaClass());
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every spec method of a class, inherited ones included, in a stable order. */
    public static List<Method> specMethodsOf(Class<?> type) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (propertyOf(m).isPresent() && found.stream().noneMatch(f -> f.getName().equals(m.getName())
                        && java.util.Arrays.equals(f.getParameterTypes(), m.getParameterTypes()))) {
                    found.add(m);
                }
            }
        }
        found.sort(Comparator.comparing(Method::getName));
        return found;
    }

    /** How reports name a spec method: {@code SpecClass.method} (nested classes as {@code Outer.Inner}). */
    public static String nameOf(String className, String methodName) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        return simple + "." + methodName;
    }

    /** {@link #nameOf(String, String)} for a method run as part of {@code testClass}. */
    public static String nameOf(Class<?> testClass, Method method) {
        return nameOf(testClass.getName(), method.getName());
    }
}
