package org.ipcconformance.adapter.jdk.shm;

import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.ObjectName;

/** POSIX shared memory of the jdk adapter, in the harness or a child: the parts both share. */
abstract class JdkSharedMemory implements SharedMemoryCalls {
    protected final SandboxScope scope;

    JdkSharedMemory(SandboxScope scope) {
        this.scope = scope;
    }

    @Override
    public final IpcFamily family() {
        return IpcFamily.POSIX;
    }

    @Override
    public final ObjectName nameOf(String name) {
        return SegmentNames.nameOf(scope, name);
    }

    /** The JDK has no cross-process semaphore to guard with (see POSIX_SEMAPHORES). */
    @Override
    public final void incrementGuarded(Mapping mapping, int offset, int times, Handle semaphore) {
        throw JdkFeatures.missing(Feature.POSIX_SEMAPHORES);
    }

    protected static Mapping mapping(long id, int size, Handle segment, String process) {
        return new Mapping(id, size, "mapping#" + id + " of " + segment + " in " + process);
    }
}
