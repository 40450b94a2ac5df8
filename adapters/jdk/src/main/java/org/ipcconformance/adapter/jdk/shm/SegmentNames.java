package org.ipcconformance.adapter.jdk.shm;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.spi.ipc.ObjectName;

/**
 * Where a spec's segment lives. On Linux, shm_open("/name") is open("/dev/shm/name") (glibc), so
 * the JDK creating and mapping that very file is POSIX shared memory, visible to shm_open too.
 * Where there is no /dev/shm, a file in the sandbox's directory mapped MAP_SHARED serves; that
 * directory goes with the run. A /dev/shm file is in the run's ledger before it exists, so the
 * sweep of a killed run finds it ({@link JdkLeftoverCleaner}).
 */
final class SegmentNames {
    static final String LEDGER_KIND = "jdk-posix-shm";
    private static final Path DEV_SHM = Path.of("/dev/shm");

    private SegmentNames() {
    }

    static Path path(SandboxScope scope, String name) {
        String posix = KernelObjects.posixName(scope.context(), name);
        if (Files.isDirectory(DEV_SHM) && Files.isWritable(DEV_SHM)) {
            return DEV_SHM.resolve(posix.substring(1));
        }
        return scope.context().directory().resolve("shm" + posix.replace('/', '-'));
    }

    static ObjectName nameOf(SandboxScope scope, String name) {
        return new ObjectName(name, KernelObjects.posixName(scope.context(), name) + " (file " + path(scope, name) + ")");
    }

    /** Before a process of the sandbox creates it: into the ledger when outside the sandbox directory, and onto the close's list. */
    static Path beforeCreate(SandboxScope scope, String name) {
        Path path = path(scope, name);
        if (!path.startsWith(scope.context().directory())) {
            KernelObjects.record(scope.context().run(), LEDGER_KIND, path.toString());
        }
        scope.removeAtClose(path);
        return path;
    }
}
