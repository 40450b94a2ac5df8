package org.ipcconformance.adapter.simulator.kernel;

/** The one global variable of the model's program, as laid out in one address space. */
final class GlobalVariable {
    long value;
}
