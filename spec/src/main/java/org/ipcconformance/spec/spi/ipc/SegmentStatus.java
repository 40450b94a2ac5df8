package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * A shared memory segment as the kernel reports it (shmctl IPC_STAT / fstat).
 *
 * @param size        its size in bytes
 * @param attached    System V shm_nattch, -1 for POSIX (which does not count mappings)
 * @param removed     System V: marked for removal (SHM_DEST) but still attached
 * @param permissions the mode's permission bits, e.g. 0600
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record SegmentStatus(long size, long attached, boolean removed, int permissions) {
}
