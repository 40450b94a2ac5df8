package org.ipcconformance.adapter.natives.core;

import java.util.Set;

/**
 * What the native adapter is told the platform lacks, to show how the harness judges systems
 * other than this one (selected as the native adapter's planted conditions, {@code native:NAME};
 * the plain adapter has none). Each stands in for a real system: a kernel without POSIX message
 * queues answers mq_open with ENOSYS; a hardened or emulated /proc has no signal lines.
 *
 * @param notImplemented libc functions that fail with ENOSYS before reaching the system
 */
public record NativeConditions(Set<String> notImplemented) {
    public static final NativeConditions NONE = new NativeConditions(Set.of());

    public NativeConditions {
        notImplemented = Set.copyOf(notImplemented);
    }

    public boolean notImplemented(String function) {
        return notImplemented.contains(function);
    }
}
