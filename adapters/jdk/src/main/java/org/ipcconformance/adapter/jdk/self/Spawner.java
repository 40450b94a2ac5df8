package org.ipcconformance.adapter.jdk.self;

import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;

/** Starts child JVMs for self; the sandbox owns them, so that its close kills them. */
public interface Spawner {
    Proc spawnChild();

    PipedChild spawnPipedChild();

    Proc spawnUnrelated();
}
