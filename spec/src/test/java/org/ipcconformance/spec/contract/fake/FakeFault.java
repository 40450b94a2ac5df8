package org.ipcconformance.spec.contract.fake;

/** Planted faults of the fake adapter, each breaking one rule of the contract: proof that the rule catches it. */
enum FakeFault {
    NONE,
    /** Sandbox.close() leaves the started processes running. */
    CLOSE_KEEPS_PROCESSES,
    /** state() waits for the pending operation instead of answering beside it. */
    STATE_WAITS,
    /** A started process offers no pipes although the adapter declares PIPES. */
    CHILD_LACKS_PIPES,
    /** A bad descriptor fails with a blank raw code. */
    NO_RAW_CODE,
    /** The sandbox's own process offers lifecycle, so exit and kill are not refused on it. */
    SELF_HAS_LIFECYCLE
}
