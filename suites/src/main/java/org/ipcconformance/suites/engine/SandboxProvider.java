package org.ipcconformance.suites.engine;

import java.util.Map;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SandboxContext;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Publishes which property and adapter an invocation checks, and gives the spec a fresh
 * {@link Sandbox} (and an {@link Evidence} recorder). The sandbox lives in the invocation's
 * store, so JUnit closes it when the invocation ends, whatever its outcome, timeouts included.
 */
final class SandboxProvider implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxProvider.class);

    private final String propertyId;
    private final String adapterId;

    SandboxProvider(String propertyId, String adapterId) {
        this.propertyId = propertyId;
        this.adapterId = adapterId;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.publishReportEntry(Map.of(ReportKeys.PROPERTY, propertyId, ReportKeys.ADAPTER, adapterId));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == Evidence.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Evidence.class) {
            return new Evidence(context);
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("sandbox", key -> open(context), OpenSandbox.class).sandbox();
    }

    private OpenSandbox open(ExtensionContext context) {
        RunDirectory run = RunDirectory.current();
        Adapter adapter = AdapterRegistry.shared().open(adapterId, run);
        String label = propertyId + " " + context.getRequiredTestMethod().getName();
        return new OpenSandbox(adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), label)));
    }

    /**
     * Closes the sandbox, then removes its scratch directory. Both interfaces: JUnit 5.14 closes
     * AutoCloseable store values and warns about those that are only CloseableResource.
     */
    @SuppressWarnings("deprecation")
    private record OpenSandbox(Sandbox sandbox) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            try {
                sandbox.close();
            } finally {
                RunDirectory.deleteTree(sandbox.directory());
            }
        }
    }
}
