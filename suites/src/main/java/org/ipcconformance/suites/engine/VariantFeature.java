package org.ipcconformance.suites.engine;

import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketType;

/** A requirement whose feature depends on the invocation's variant; the mapping itself is {@link Facet}'s. */
public enum VariantFeature {
    MESSAGE_QUEUES(Variants.IPC_FAMILY),
    SHARED_MEMORY(Variants.IPC_FAMILY),
    SEMAPHORES(Variants.IPC_FAMILY),
    STREAM_SOCKETS(Variants.SOCKET_DOMAIN),
    DATAGRAM_SOCKETS(Variants.SOCKET_DOMAIN),
    /** The kind's own feature: PIPES for an anonymous pipe, FIFO for a named one. */
    PIPES_OF_KIND(Variants.PIPE_KIND);

    private final Variants variants;

    VariantFeature(Variants variants) {
        this.variants = variants;
    }

    /** The kind of variant this requirement depends on: a method that declares it must run per those variants. */
    public Variants variants() {
        return variants;
    }

    /** The feature for {@code variant} (an {@link IpcFamily}, a {@link Domain} or a {@link PipeKind}). */
    public Feature of(Object variant) {
        return switch (this) {
            case MESSAGE_QUEUES -> Facet.messageQueues((IpcFamily) variant).feature();
            case SHARED_MEMORY -> Facet.sharedMemory((IpcFamily) variant).feature();
            case SEMAPHORES -> Facet.semaphores((IpcFamily) variant).feature();
            case STREAM_SOCKETS -> Facet.socketFeature((Domain) variant, SocketType.STREAM);
            case DATAGRAM_SOCKETS -> Facet.socketFeature((Domain) variant, SocketType.DATAGRAM);
            case PIPES_OF_KIND -> variant == PipeKind.FIFO ? Facet.FIFOS.feature() : Facet.PIPES.feature();
        };
    }
}
