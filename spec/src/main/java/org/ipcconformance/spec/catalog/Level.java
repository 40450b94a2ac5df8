package org.ipcconformance.spec.catalog;

/** How binding a property is; only MUST failures fail the gate. */
public enum Level {
    /** A conforming implementation has it. */
    MUST,
    /** Expected; a failure is a deviation worth showing. */
    SHOULD,
    /** Informational: measured and shown, never gated. */
    MAY
}
