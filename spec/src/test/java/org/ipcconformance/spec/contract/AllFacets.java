package org.ipcconformance.spec.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * Every facet of the SPI, read from {@link Facet}'s constants and per-family factories, so that a
 * facet added there is covered by the contract without a change here.
 */
final class AllFacets {
    /** The facets only the sandbox's own process must offer: a started process need not start others or open terminals. */
    static final Set<Facet<?>> SELF_ONLY = Set.of(Facet.SPAWN, Facet.PIPED_CHILDREN, Facet.TERMINALS);

    /**
     * The facets only started processes must offer: the sandbox's own process stands for the
     * harness, to which no signal is ever delivered and in which a fault would strike the harness;
     * nor do measured loops run in it (their peer is a process the measured one starts).
     */
    static final Set<Facet<?>> STARTED_ONLY = Set.of(Facet.SIGNAL_HANDLERS, Facet.SIGNAL_MASK, Facet.SIGNAL_FAULTS,
            Facet.WORKLOADS);

    /** The socket features: {@link Facet#SOCKETS} has no single feature, any of these declares it. */
    static final Set<Feature> SOCKET_FEATURES = Set.of(Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS,
            Feature.UNIX_STREAM_SOCKETS, Feature.UNIX_DATAGRAM_SOCKETS, Feature.RAW_SOCKETS);

    private AllFacets() {
    }

    /** Every facet, sorted by title for a stable order in messages. */
    static List<Facet<?>> list() {
        List<Facet<?>> all = new ArrayList<>();
        for (Field field : Facet.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Facet.class) {
                try {
                    all.add((Facet<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read Facet." + field.getName(), e);
                }
            }
        }
        for (IpcFamily family : IpcFamily.values()) {
            all.add(Facet.messageQueues(family));
            all.add(Facet.sharedMemory(family));
            all.add(Facet.semaphores(family));
        }
        all.sort(Comparator.comparing(Facet::title));
        return all;
    }
}
