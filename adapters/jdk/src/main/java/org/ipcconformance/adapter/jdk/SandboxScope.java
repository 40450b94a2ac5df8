package org.ipcconformance.adapter.jdk;

import java.nio.file.Path;
import java.util.Optional;
import org.ipcconformance.adapter.jdk.process.ChildProc;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.run.SandboxContext;

/** What the mechanism classes of one sandbox share: its names, its processes, what its close removes. */
public interface SandboxScope {

    SandboxContext context();

    /** The child JVM behind {@code proc} when this sandbox started it; empty for self or anything else. */
    Optional<ChildProc> child(Proc proc);

    /** A path that a process of this sandbox created and its close removes (a shared memory object, a socket node). */
    void removeAtClose(Path path);
}
