package org.ipcconformance.suites.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test double of the suites' annotation, same name and {@code value()}: the reports module
 * reads it reflectively by name and must not depend on ipc-suites, so its tests bring their own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Property {
    String value();
}
