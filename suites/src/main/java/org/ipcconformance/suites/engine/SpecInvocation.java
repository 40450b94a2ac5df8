package org.ipcconformance.suites.engine;

import org.ipcconformance.spec.run.ReportKeys;

/**
 * Which property, on which adapter and, for a method run per variant, which variant one
 * invocation checks.
 *
 * @param label   the run's label ({@code run --label}), or null
 * @param variant an {@link org.ipcconformance.spec.spi.ipc.IpcFamily} or a
 *                {@link org.ipcconformance.spec.spi.socket.Domain}; null for a method without variants
 */
record SpecInvocation(String propertyId, String adapterId, Object variant, String label) {

    /** The report column: the adapter id, with {@code @label} in a labelled run. */
    String column() {
        return ReportKeys.column(adapterId, label);
    }

    /** {@code SHM-NO-COPY (POSIX)}, or {@code PIPE-EOF} without variant. */
    String title() {
        return variant == null ? propertyId : propertyId + " (" + Variants.title(variant) + ")";
    }
}
