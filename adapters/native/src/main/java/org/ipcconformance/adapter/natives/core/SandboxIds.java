package org.ipcconformance.adapter.natives.core;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Region;

/** Numbers unique within one sandbox: handles, regions, pipes, opens, processes. */
public final class SandboxIds {
    private final AtomicLong handles = new AtomicLong();
    private final AtomicLong regions = new AtomicLong();
    private final AtomicInteger pipes = new AtomicInteger();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger procs = new AtomicInteger();

    public Handle handle(String description) {
        return new Handle(handles.incrementAndGet(), description);
    }

    public int pipeNumber() {
        return pipes.incrementAndGet();
    }

    public int openNumber() {
        return opens.incrementAndGet();
    }

    /** {@code child-1}, {@code unrelated-2}: one counter, so names never repeat in a sandbox. */
    public String procName(String kind) {
        return kind + "-" + procs.incrementAndGet();
    }

    public Region region(int size, String owner) {
        long id = regions.incrementAndGet();
        return new Region(id, size, "buffer#" + id + " of " + owner + " (" + size + " bytes)");
    }
}
