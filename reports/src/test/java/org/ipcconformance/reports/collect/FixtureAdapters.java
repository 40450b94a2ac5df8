package org.ipcconformance.reports.collect;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipcconformance.spec.run.ReportKeys;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A stand-in for the suites' per-adapter extension: one invocation per adapter of the
 * {@code ipc.adapters} parameter, the adapter id in the display name, and the property and adapter
 * published as report entries before the body runs, exactly as the real suites do.
 */
public class FixtureAdapters implements TestTemplateInvocationContextProvider {

    /** What a fixture body receives to know which adapter it runs on. */
    public record AdapterName(String id) {
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        String list = context.getConfigurationParameter(ReportKeys.ADAPTERS_PARAMETER).orElse("native,simulator");
        String property = context.getRequiredTestMethod()
                .getAnnotation(org.ipcconformance.suites.engine.Property.class).value();
        return Arrays.stream(list.split(",")).map(id -> invocation(property, id));
    }

    private static TestTemplateInvocationContext invocation(String property, String adapter) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + adapter + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(
                        (BeforeEachCallback) ctx -> ctx.publishReportEntry(
                                Map.of(ReportKeys.PROPERTY, property, ReportKeys.ADAPTER, adapter)),
                        new ParameterResolver() {
                            @Override
                            public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
                                return p.getParameter().getType() == AdapterName.class;
                            }

                            @Override
                            public Object resolveParameter(ParameterContext p, ExtensionContext e) {
                                return new AdapterName(adapter);
                            }
                        });
            }
        };
    }

    static boolean isNative(AdapterName a) {
        return a.id().equals("native");
    }
}
