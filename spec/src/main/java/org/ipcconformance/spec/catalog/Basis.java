package org.ipcconformance.spec.catalog;

/** Where a property's claim comes from. */
public enum Basis {
    /** The source document (shared/seeds) claims it. */
    SEED,
    /** POSIX.1 requires it. */
    POSIX,
    /** Linux behaviour where POSIX leaves it open. */
    LINUX
}
