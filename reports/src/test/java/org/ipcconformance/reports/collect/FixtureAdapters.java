package org.ipcconformance.reports.collect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.HashMap;
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
 * {@code ipc.adapters} parameter (and per variant for a method marked {@link Variants}), the
 * adapter id and the variant in the display name ({@code [native] SHM-NO-COPY (POSIX)}), and the
 * property, adapter and variant published as report entries before the body runs, exactly as the
 * real suites do.
 */
public class FixtureAdapters implements TestTemplateInvocationContextProvider {

    /** What a fixture body receives to know which adapter it runs on. */
    public record AdapterName(String id) {
    }

    /** What a fixture body of a method with variants receives to know which variant it runs. */
    public record VariantName(String title) {
    }

    /** The variant titles a fixture method runs once each, per adapter. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Variants {
        String[] value();
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
        Variants variants = context.getRequiredTestMethod().getAnnotation(Variants.class);
        if (variants == null) {
            return Arrays.stream(list.split(",")).map(id -> invocation(property, id, null));
        }
        return Arrays.stream(list.split(","))
                .flatMap(id -> Arrays.stream(variants.value()).map(v -> invocation(property, id, v)));
    }

    private static TestTemplateInvocationContext invocation(String property, String adapter, String variant) {
        Map<String, String> entries = new HashMap<>(Map.of(ReportKeys.PROPERTY, property, ReportKeys.ADAPTER, adapter));
        if (variant != null) {
            entries.put(ReportKeys.VARIANT, variant);
        }
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + adapter + "]" + (variant == null ? "" : " " + property + " (" + variant + ")");
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(
                        (BeforeEachCallback) ctx -> ctx.publishReportEntry(entries),
                        new ParameterResolver() {
                            @Override
                            public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
                                return p.getParameter().getType() == AdapterName.class
                                        || p.getParameter().getType() == VariantName.class;
                            }

                            @Override
                            public Object resolveParameter(ParameterContext p, ExtensionContext e) {
                                return p.getParameter().getType() == AdapterName.class
                                        ? new AdapterName(adapter) : new VariantName(variant);
                            }
                        });
            }
        };
    }

    static boolean isNative(AdapterName a) {
        return a.id().equals("native");
    }
}
