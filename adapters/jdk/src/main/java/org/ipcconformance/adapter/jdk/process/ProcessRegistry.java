package org.ipcconformance.adapter.jdk.process;

/** Told of every child JVM the moment it is started, so that none escapes a close. */
public interface ProcessRegistry {
    void started(Process process);
}
