package org.ipcconformance.reports.collect;

/**
 * A class, template or engine that failed as a whole (could not be instantiated, a failing
 * {@code @BeforeAll}, a discovery error). It is reported even when it could be attributed.
 *
 * @param name       the container's display name, with its class where known
 * @param message    the first lines of the failure
 * @param detail     the exception with its first frames
 * @param attributed how many (property, adapter, method) results it was turned into; 0 means
 *                   it names no spec method, so only the console and the exit code show it
 */
public record ContainerFailure(String name, String message, String detail, int attributed) {
}
