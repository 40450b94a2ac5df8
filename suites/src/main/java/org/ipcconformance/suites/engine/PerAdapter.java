package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link Property} method once per selected adapter. The adapter list is the JUnit
 * configuration parameter {@code ipc.adapters} (all available adapters when absent); an unknown
 * name fails at once with the list of known ones.
 */
public final class PerAdapter implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(Property.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        String propertyId = method.getAnnotation(Property.class).value();
        // A spec naming an ID the catalog lacks is a defect of the suite, not of an adapter.
        Catalog.standard().get(propertyId);
        List<String> adapters = AdapterRegistry.shared()
                .parse(context.getConfigurationParameter(ReportKeys.ADAPTERS_PARAMETER).orElse("all"));
        return adapters.stream().map(adapterId -> new AdapterInvocation(propertyId, adapterId));
    }
}
