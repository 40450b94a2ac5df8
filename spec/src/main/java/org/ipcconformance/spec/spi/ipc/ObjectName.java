package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * How an adapter named a kernel object for a spec's name: the spec says {@code "jobs"}, the
 * adapter derives the run-scoped key or name (so that two runs never meet and a later run can
 * sweep a dead one's objects) and reports it here for evidence.
 *
 * @param name     the spec's name, unique within a sandbox
 * @param external what the kernel knows it by: {@code key 0x49c3a001} or {@code /ipcc-1234-1-jobs}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ObjectName(String name, String external) {
    @Override
    public String toString() {
        return name + " (" + external + ")";
    }
}
