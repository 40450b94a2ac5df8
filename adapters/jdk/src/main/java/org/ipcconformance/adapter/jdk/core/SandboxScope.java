package org.ipcconformance.adapter.jdk.core;

import java.nio.file.Path;
import java.util.Optional;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Proc;

/** What the processes and mechanism classes of one sandbox share: its names, ids, processes, what its close removes. */
public interface SandboxScope {

    SandboxContext context();

    /** A new id for a handle, region or mapping, unique within the sandbox. */
    long nextId();

    /** The child JVM behind {@code proc} when this sandbox started it; empty for self or anything else. */
    Optional<Agent> child(Proc proc);

    /** A path that a process of this sandbox created and its close removes (a shared memory object, a socket node). */
    void removeAtClose(Path path);
}
