package org.ipcconformance.enginefixtures;

import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** Property methods declared wrongly: each is a defect of the suite that must fail on every adapter. */
public final class BrokenSpecimens {
    private BrokenSpecimens() {
    }

    public static class UnknownId {
        @Property("NO-SUCH-PROPERTY")
        void spec(Sandbox box) {
        }
    }

    public static class VariantParameterMissing {
        @Property(value = "SHM-NO-COPY", variants = Variants.IPC_FAMILY)
        void spec(Sandbox box) {
        }
    }

    public static class VariantsUndeclared {
        @Property("SHM-NO-COPY")
        void spec(Sandbox box, IpcFamily family) {
        }
    }

    public static class VariantFeatureOfAnotherKind {
        @Property(value = "SHM-NO-COPY", variants = Variants.SOCKET_DOMAIN)
        @Requires(ofVariant = VariantFeature.SHARED_MEMORY)
        void spec(Domain domain) {
        }
    }
}
