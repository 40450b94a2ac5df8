/**
 * Measured loops run inside the processes under test ({@link org.ipcconformance.spec.spi.WorkloadCalls}):
 * the mechanisms ({@link org.ipcconformance.spec.spi.workload.Workload}) and what a loop measured
 * ({@link org.ipcconformance.spec.spi.workload.RoundTrips}).
 */
package org.ipcconformance.spec.spi.workload;
