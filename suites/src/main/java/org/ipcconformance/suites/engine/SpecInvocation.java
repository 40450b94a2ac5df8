package org.ipcconformance.suites.engine;

/**
 * Which property, on which adapter and, for a method run per variant, which variant one
 * invocation checks.
 *
 * @param variant an {@link org.ipcconformance.spec.spi.ipc.IpcFamily} or a
 *                {@link org.ipcconformance.spec.spi.socket.Domain}; null for a method without variants
 */
record SpecInvocation(String propertyId, String adapterId, Object variant) {

    /** {@code SHM-NO-COPY (POSIX)}, or {@code PIPE-EOF} without variant. */
    String title() {
        return variant == null ? propertyId : propertyId + " (" + Variants.title(variant) + ")";
    }
}
