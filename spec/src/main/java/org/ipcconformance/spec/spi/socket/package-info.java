/**
 * Socket domains, types, addresses and options: what {@link org.ipcconformance.spec.spi.SocketCalls}
 * takes and returns.
 */
package org.ipcconformance.spec.spi.socket;
