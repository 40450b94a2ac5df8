package org.ipcconformance.spec.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a facet call that observes or ends a process from outside, so the harness lets it run
 * beside an operation that process has pending (reading a blocked process's state or pending
 * signals, killing it). Every other facet call is one operation of the process: see {@link Proc}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public @interface Concurrent {
}
