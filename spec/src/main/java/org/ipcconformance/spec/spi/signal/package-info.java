/**
 * Signals by portable name ({@link org.ipcconformance.spec.spi.signal.Signal}) and the deliveries
 * a recording handler logs: what the signal facets of {@link org.ipcconformance.spec.spi} take and
 * return.
 */
package org.ipcconformance.spec.spi.signal;
