package org.ipcconformance.adapter.jdk.core;

import java.util.OptionalLong;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FileCalls;
import org.ipcconformance.spec.spi.MemoryCalls;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.Proc;

/**
 * What the harness JVM and a child JVM share: the same JDK, so the same limits, and the same
 * three facets done by the process itself (pipes, files, its own memory).
 */
public abstract class JdkProc extends Proc implements PipeCalls, FileCalls, MemoryCalls {
    private final int pipeBuf;

    protected JdkProc(int pipeBuf) {
        this.pipeBuf = pipeBuf;
    }

    /** The facets every jdk process offers; a subclass adds its own. */
    protected final Facets commonFacets() {
        return Facets.of(JdkFeatures.features()).with(Facet.PIPES, this).with(Facet.FILES, this).with(Facet.MEMORY, this);
    }

    /** The platform's PIPE_BUF: the JDK has no constant for it, and its pipes are the OS's. */
    @Override
    public final int pipeBuf() {
        return pipeBuf;
    }

    /** No JDK API gives the address of a field: a JVM moves its objects. */
    @Override
    public final OptionalLong globalAddress() {
        return OptionalLong.empty();
    }

    /** FileChannel.open has no O_NONBLOCK: a non-blocking open cannot be expressed. */
    protected static void refuseNonBlockingOpen(boolean nonBlocking) {
        if (nonBlocking) {
            throw JdkFeatures.missing(Feature.FIFO, JdkFeatures.NO_NONBLOCKING_OPEN);
        }
    }
}
