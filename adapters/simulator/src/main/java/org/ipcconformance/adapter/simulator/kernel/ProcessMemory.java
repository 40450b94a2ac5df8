package org.ipcconformance.adapter.simulator.kernel;

import java.util.HashMap;
import java.util.Map;

/**
 * A process's own address space: its buffers (regions, by id) and the program's global. A new
 * program starts with nothing allocated and the global at 0.
 */
final class ProcessMemory {
    private final Map<Long, byte[]> regions = new HashMap<>();
    private final GlobalVariable global;

    ProcessMemory(GlobalVariable global) {
        this.global = global;
    }

    void map(long regionId, byte[] bytes) {
        regions.put(regionId, bytes);
    }

    /** The region's backing bytes, changed in place by stores; null when not mapped here. */
    byte[] region(long regionId) {
        return regions.get(regionId);
    }

    GlobalVariable global() {
        return global;
    }

    void release() {
        regions.clear();
    }
}
