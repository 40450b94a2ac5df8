package org.ipcconformance.suites.engine;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One spec method on one adapter: its display name carries the adapter id and the property ID. */
final class AdapterInvocation implements TestTemplateInvocationContext {
    private final String propertyId;
    private final String adapterId;
    private final String methodName;

    AdapterInvocation(String propertyId, String adapterId, String methodName) {
        this.propertyId = propertyId;
        this.adapterId = adapterId;
        this.methodName = methodName;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return "[" + adapterId + "] " + propertyId + " " + methodName;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new SandboxProvider(propertyId, adapterId), new SpecTimeLimit(propertyId, adapterId),
                new NotApplicable());
    }
}
