/**
 * The simulator adapter: a deterministic, pure-Java reference model of a Unix kernel's pipes,
 * FIFOs and processes, with planted faults that prove the specs can fail. The provider and the
 * SPI objects live here; the model itself is in {@code kernel}, the faults in {@code fault}.
 */
package org.ipcconformance.adapter.simulator;
