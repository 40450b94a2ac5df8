package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link Property} method once per selected adapter and, for a method with
 * {@link Property#variants()}, once per variant on each. The adapter list is the JUnit
 * configuration parameter {@code ipc.adapters} (all available adapters when absent); an unknown
 * name fails at once with the list of known ones, and so does a method declared wrongly
 * (see {@link Declarations}).
 */
public final class PerAdapter implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(Property.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Declarations.check(method);
        Property property = method.getAnnotation(Property.class);
        List<String> adapters = AdapterRegistry.shared()
                .parse(context.getConfigurationParameter(ReportKeys.ADAPTERS_PARAMETER).orElse("all"));
        String label = context.getConfigurationParameter(ReportKeys.LABEL_PARAMETER).orElse(null);
        List<Object> variants = new ArrayList<>(property.variants().each());
        if (variants.isEmpty()) {
            variants.add(null); // one invocation per adapter, without a variant
        }
        return adapters.stream().flatMap(adapterId -> variants.stream()
                .map(variant -> new AdapterInvocation(new SpecInvocation(property.value(), adapterId, variant, label))));
    }
}
