package org.ipcconformance.cli.list;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * Which facet each feature declares, read from {@link Facet}'s own constants (so a facet added
 * there shows here without a change): its public facets, those of each IPC family, and the socket
 * facet for every domain and type feature. A feature with no facet of its own (non-blocking I/O,
 * handle inheritance...) is a capability of calls that another facet offers.
 */
final class FacetIndex {
    private static final Map<Feature, Facet<?>> BY_FEATURE = build();

    private FacetIndex() {
    }

    /** The facet whose interface an adapter implements to offer {@code feature}, or empty. */
    static Optional<Facet<?>> of(Feature feature) {
        return Optional.ofNullable(BY_FEATURE.get(feature));
    }

    private static Map<Feature, Facet<?>> build() {
        Map<Feature, Facet<?>> index = new EnumMap<>(Feature.class);
        for (Field f : Facet.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Facet.class) {
                Facet<?> facet = constant(f);
                if (facet.feature() != null) {
                    index.put(facet.feature(), facet);
                }
            }
        }
        for (IpcFamily family : IpcFamily.values()) {
            for (Facet<?> facet : new Facet<?>[] {Facet.messageQueues(family), Facet.sharedMemory(family), Facet.semaphores(family)}) {
                index.put(facet.feature(), facet);
            }
        }
        for (Domain domain : Domain.values()) {
            for (SocketType type : SocketType.values()) {
                Feature feature = Facet.socketFeature(domain, type);
                if (feature != null) {
                    index.put(feature, Facet.SOCKETS);
                }
            }
        }
        return index;
    }

    private static Facet<?> constant(Field f) {
        try {
            return (Facet<?>) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Facet." + f.getName() + " is public but cannot be read", e);
        }
    }
}
