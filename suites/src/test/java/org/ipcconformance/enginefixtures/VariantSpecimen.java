package org.ipcconformance.enginefixtures;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** Property methods with and without variants, for the engine's tests; each body records what it was given. */
public class VariantSpecimen {
    public static final List<Object> RAN = new CopyOnWriteArrayList<>();

    @Property(value = "SHM-NO-COPY", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SHARED_MEMORY)
    void perFamily(Sandbox box, Evidence evidence, IpcFamily family) {
        RAN.add(family);
    }

    @Property("PIPE-EOF")
    void withoutVariants(Sandbox box) {
        RAN.add(box.adapterId());
    }

    /** No sandbox parameter: none is opened. */
    @Property(value = "SOCK-STREAM-RELIABLE", variants = Variants.SOCKET_DOMAIN)
    @Requires(ofVariant = VariantFeature.STREAM_SOCKETS)
    void perDomain(Domain domain) {
        RAN.add(domain);
    }

    /** A feature found missing inside the body is NOT_APPLICABLE too. */
    @Property("PIPE-ORDER")
    void missingInTheBody(Sandbox box) {
        box.self().pipes();
    }
}
