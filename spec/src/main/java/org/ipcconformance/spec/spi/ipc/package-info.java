/**
 * The values of kernel-persistent IPC objects (message queues, shared memory, semaphores) of both
 * families, System V and POSIX ({@link org.ipcconformance.spec.spi.ipc.IpcFamily}): what their
 * facets ({@link org.ipcconformance.spec.spi.MessageQueueCalls},
 * {@link org.ipcconformance.spec.spi.SharedMemoryCalls},
 * {@link org.ipcconformance.spec.spi.SemaphoreCalls}) take and return.
 */
package org.ipcconformance.spec.spi.ipc;
