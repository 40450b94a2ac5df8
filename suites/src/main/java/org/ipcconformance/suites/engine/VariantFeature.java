package org.ipcconformance.suites.engine;

import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketType;

/** A requirement whose feature depends on the invocation's variant; the mapping itself is {@link Facet}'s. */
public enum VariantFeature {
    MESSAGE_QUEUES, SHARED_MEMORY, SEMAPHORES, STREAM_SOCKETS, DATAGRAM_SOCKETS;

    /** The feature for {@code variant} (an {@link IpcFamily} or a {@link Domain}). */
    public Feature of(Object variant) {
        return switch (this) {
            case MESSAGE_QUEUES -> Facet.messageQueues((IpcFamily) variant).feature();
            case SHARED_MEMORY -> Facet.sharedMemory((IpcFamily) variant).feature();
            case SEMAPHORES -> Facet.semaphores((IpcFamily) variant).feature();
            case STREAM_SOCKETS -> Facet.socketFeature((Domain) variant, SocketType.STREAM);
            case DATAGRAM_SOCKETS -> Facet.socketFeature((Domain) variant, SocketType.DATAGRAM);
        };
    }
}
