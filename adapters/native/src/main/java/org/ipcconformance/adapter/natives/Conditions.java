package org.ipcconformance.adapter.natives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.adapter.natives.core.NativeConditions;

/** The native adapter's planted conditions by name: platforms other than this one, stood in for. */
final class Conditions {
    static final String POSIX_MQ_ABSENT = "posix-mq-absent";
    static final String POSIX_MQ_PARTIAL = "posix-mq-partial";
    static final String MESSAGE_QUEUES_ABSENT = "message-queues-absent";
    static final String PROC_WITHOUT_SIGNAL_LINES = "proc-without-signal-lines";
    static final String PROC_WITHOUT_PROCESS_STATE = "proc-without-process-state";

    static final Map<String, String> DESCRIPTIONS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(POSIX_MQ_ABSENT, "mq_open fails with ENOSYS, as on a kernel built without POSIX message queues: "
                + "the properties under the MSG option are UNSUPPORTED");
        d.put(MESSAGE_QUEUES_ABSENT, "msgget and mq_open fail with ENOSYS, as on a kernel built without System V IPC "
                + "and POSIX message queues: the message-queue properties (XSI and MSG) are UNSUPPORTED");
        d.put(POSIX_MQ_PARTIAL, "mq_open works but mq_send fails with ENOSYS: a partial implementation, which FAILs");
        d.put(PROC_WITHOUT_SIGNAL_LINES, "/proc/PID/status shows no SigPnd, ShdPnd, SigBlk, SigIgn or SigCgt lines, as on "
                + "hardened or emulated kernels: the agents report their own pending set, mask and dispositions");
        d.put(PROC_WITHOUT_PROCESS_STATE, "/proc shows neither the signal sets nor an agent's stat and syscall files: "
                + "an agent's state comes from waitid (stopped) and the harness's own ledger (waiting for a request)");
        DESCRIPTIONS = Collections.unmodifiableMap(d);
    }

    private Conditions() {
    }

    static NativeConditions of(String name) {
        if (name == null) {
            return NativeConditions.NONE;
        }
        return switch (name) {
            case POSIX_MQ_ABSENT -> new NativeConditions(Set.of("mq_open"));
            case POSIX_MQ_PARTIAL -> new NativeConditions(Set.of("mq_send"));
            case MESSAGE_QUEUES_ABSENT -> new NativeConditions(Set.of("msgget", "mq_open"));
            case PROC_WITHOUT_SIGNAL_LINES -> new NativeConditions(Set.of(), false, true);
            case PROC_WITHOUT_PROCESS_STATE -> new NativeConditions(Set.of(), false, false);
            default -> throw new IllegalArgumentException("no native condition " + name);
        };
    }
}
