package org.ipcconformance.adapter.jdk;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.SemaphoreCalls;

/** What the harness JVM and a child JVM share: the same JDK, so the same limits. */
public abstract class JdkProc implements Proc {
    private final int pipeBuf;

    protected JdkProc(int pipeBuf) {
        this.pipeBuf = pipeBuf;
    }

    @Override
    public final int pipeCapacity(Handle handle) {
        throw JdkFeatures.missing(Feature.PIPE_CAPACITY_QUERY);
    }

    /** The platform's PIPE_BUF: the JDK has no constant for it, and its pipes are the OS's. */
    @Override
    public final int pipeBuf() {
        return pipeBuf;
    }

    @Override
    public final void mkfifo(Path path) {
        throw JdkFeatures.missing(Feature.FIFO);
    }

    @Override
    public final MessageQueueCalls messageQueues(IpcFamily family) {
        throw JdkFeatures.missing(family == IpcFamily.POSIX ? Feature.POSIX_MESSAGE_QUEUES : Feature.SYSV_MESSAGE_QUEUES);
    }

    @Override
    public final SemaphoreCalls semaphores(IpcFamily family) {
        throw JdkFeatures.missing(family == IpcFamily.POSIX ? Feature.POSIX_SEMAPHORES : Feature.SYSV_SEMAPHORES);
    }

    /** FileChannel.open has no O_NONBLOCK: a non-blocking open cannot be expressed. */
    protected static void refuseNonBlockingOpen(boolean nonBlocking) {
        if (nonBlocking) {
            throw JdkFeatures.missing(Feature.FIFO, JdkFeatures.NO_NONBLOCKING_OPEN);
        }
    }
}
