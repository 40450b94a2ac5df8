package org.ipcconformance.suites.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a spec method as (part of) the executable form of a catalog property. The method runs
 * once per selected adapter (and per variant, see {@link #variants()}), receives a fresh
 * {@link org.ipcconformance.spec.spi.Sandbox}, and is bounded by the spec time limit; the
 * features of its {@link Requires} are checked first. Several methods may share one ID: the
 * property's verdict on an adapter combines them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(PerAdapter.class)
public @interface Property {
    /** The catalog ID, e.g. {@code PIPE-BYTE-STREAM}. */
    String value();

    /**
     * Run once per variant too: each IPC family, each socket domain. The method then takes the
     * variant as a parameter ({@code IpcFamily} or {@code Domain}), and its invocations are named
     * {@code [native] SHM-NO-COPY (POSIX)}.
     */
    Variants variants() default Variants.NONE;
}
