package org.ipcconformance.suites.engine;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One spec method on one adapter: its display name carries the adapter id and the property ID. */
final class AdapterInvocation implements TestTemplateInvocationContext {
    private final String propertyId;
    private final String adapterId;

    AdapterInvocation(String propertyId, String adapterId) {
        this.propertyId = propertyId;
        this.adapterId = adapterId;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        // The template around it is already named after the method.
        return "[" + adapterId + "] " + propertyId;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new SandboxProvider(propertyId, adapterId), new SpecTimeLimit(propertyId, adapterId),
                new NotApplicable());
    }
}
