package org.ipcconformance.adapter.natives.core;

import java.util.Set;

/**
 * What the native adapter is told the platform lacks, to show how the harness judges systems
 * other than this one (selected as the native adapter's planted conditions, {@code native:NAME};
 * the plain adapter has none). Each stands in for a real system: a kernel without POSIX message
 * queues answers mq_open with ENOSYS; a hardened or emulated /proc has no signal lines.
 *
 * @param notImplemented  libc functions that fail with ENOSYS before reaching the system
 * @param procSignalLines whether /proc/PID/status shows the signal sets (SigPnd, ShdPnd, SigBlk...)
 * @param procTaskState   whether /proc/PID/stat and /proc/PID/syscall show an agent's state
 */
public record NativeConditions(Set<String> notImplemented, boolean procSignalLines, boolean procTaskState) {
    public static final NativeConditions NONE = new NativeConditions(Set.of(), true, true);

    public NativeConditions {
        notImplemented = Set.copyOf(notImplemented);
    }

    /** Only these functions fail with ENOSYS. */
    public NativeConditions(Set<String> notImplemented) {
        this(notImplemented, true, true);
    }

    /** The text of /proc/PID/status as this platform shows it: without its signal lines where it has none. */
    public String procStatus(String text) {
        return procSignalLines ? text : text.replaceAll("(?m)^(SigQ|SigPnd|ShdPnd|SigBlk|SigIgn|SigCgt):.*\\R", "");
    }

    public boolean notImplemented(String function) {
        return notImplemented.contains(function);
    }
}
