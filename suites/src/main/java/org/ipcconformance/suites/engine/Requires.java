package org.ipcconformance.suites.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ipcconformance.spec.spi.Feature;

/**
 * The features a property method needs, evaluated before its body runs: an adapter that lacks one
 * gives NOT_APPLICABLE with the adapter's reason, and no sandbox is opened. {@code list
 * --requirements} and the README's table of what an adapter must offer are made from these
 * ({@link Requirements}). A feature needed only on some path of the body stays a
 * {@code box.require} or {@code box.features().has} there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    /** Features needed whatever the variant. */
    Feature[] value() default {};

    /** Features that depend on the variant: the family's shared memory, the domain's stream sockets... */
    VariantFeature[] ofVariant() default {};
}
