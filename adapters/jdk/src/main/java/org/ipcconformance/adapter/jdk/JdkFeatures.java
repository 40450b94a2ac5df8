package org.ipcconformance.adapter.jdk;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Features;

/** What the JDK's own APIs can do for IPC, and why not the rest: this table is published. */
public final class JdkFeatures {
    public static final String ID = "jdk";

    public static final String NO_HANDLE_INHERITANCE = "ProcessBuilder gives a child only new pipes or files on its standard streams;"
            + " an existing descriptor such as a java.nio.channels.Pipe end cannot be passed on";
    public static final String NO_PROCESS_STATE = "ProcessHandle exposes liveness and CPU time, not whether a process is blocked or stopped";
    public static final String NO_PIPE_CAPACITY_QUERY = "no JDK API reports a pipe's capacity (F_GETPIPE_SZ):"
            + " java.nio.channels.Pipe and the Process streams have no such query";
    public static final String NO_FIFO = "no JDK API creates a named pipe: mkfifo needs a native call or an external program";
    public static final String NO_SIGNAL_DISPOSITION = "the JVM installs its own SIGPIPE handler (a write to a broken pipe fails with EPIPE)"
            + " and offers no API to set a child's signal dispositions";
    /** Not a missing feature of the table, but a limit inside NONBLOCKING_IO. */
    public static final String NO_NONBLOCKING_STDIO = "a child's standard streams (Process streams, FileDescriptor.in/out) are not"
            + " SelectableChannels: the JDK cannot make them non-blocking";
    /** A limit inside the file primitives: FIFO specs are the ones that need it. */
    public static final String NO_NONBLOCKING_OPEN = "FileChannel.open has no O_NONBLOCK option: a non-blocking open is not expressible";

    private static final Features FEATURES = Features.of(ID)
            .has(Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PROCESS_MEMORY, Feature.NONBLOCKING_IO)
            .lacks(Feature.HANDLE_INHERITANCE, NO_HANDLE_INHERITANCE)
            .lacks(Feature.PROCESS_STATE, NO_PROCESS_STATE)
            .lacks(Feature.PIPE_CAPACITY_QUERY, NO_PIPE_CAPACITY_QUERY)
            .lacks(Feature.FIFO, NO_FIFO)
            .lacks(Feature.SIGNAL_DISPOSITION, NO_SIGNAL_DISPOSITION)
            .build();

    private JdkFeatures() {
    }

    public static Features features() {
        return FEATURES;
    }

    /** The exception for a declared-missing feature, with its published reason. */
    public static FeatureMissingException missing(Feature feature) {
        return new FeatureMissingException(feature, ID, FEATURES.reasonMissing(feature)
                .orElseThrow(() -> new IllegalArgumentException(feature + " is not missing in the jdk adapter")));
    }

    /** A feature the adapter has, but not for this particular object or mode. */
    public static FeatureMissingException missing(Feature feature, String reason) {
        return new FeatureMissingException(feature, ID, reason);
    }
}
