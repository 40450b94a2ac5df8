package org.ipcconformance.adapter.simulator.kernel.signal;

/** signal(7)'s default actions. */
public enum DefaultAction {
    TERMINATE,
    /** Terminate and dump core; the wait status is the same death by signal (the model writes no core). */
    CORE,
    STOP,
    CONTINUE,
    IGNORE
}
