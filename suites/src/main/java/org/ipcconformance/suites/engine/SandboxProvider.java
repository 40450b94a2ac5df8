package org.ipcconformance.suites.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Publishes which property, adapter and variant an invocation checks, and gives the spec a fresh
 * {@link Sandbox} (and an {@link Evidence} recorder). The sandbox lives in the invocation's
 * store, so JUnit closes it when the invocation ends, whatever its outcome, timeouts included.
 */
final class SandboxProvider implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxProvider.class);

    private final SpecInvocation invocation;

    SandboxProvider(SpecInvocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ReportKeys.PROPERTY, invocation.propertyId());
        entries.put(ReportKeys.ADAPTER, invocation.column());
        if (invocation.variant() != null) {
            entries.put(ReportKeys.VARIANT, Variants.title(invocation.variant()));
        }
        context.publishReportEntry(entries);
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

    /** The sandbox this invocation opened, if it opened one. */
    static Optional<Sandbox> opened(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get("sandbox", OpenSandbox.class)).map(OpenSandbox::sandbox);
    }

    private OpenSandbox open(ExtensionContext context) {
        RunDirectory run = RunDirectory.current();
        Adapter adapter = AdapterRegistry.shared().open(invocation.adapterId(), run);
        String label = invocation.title() + " " + context.getRequiredTestMethod().getName();
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
