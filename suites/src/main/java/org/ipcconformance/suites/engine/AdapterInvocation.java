package org.ipcconformance.suites.engine;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One spec method on one adapter, for one variant where it has them: named
 * {@code [native] SHM-NO-COPY (POSIX)} or {@code [native] PIPE-EOF}.
 */
final class AdapterInvocation implements TestTemplateInvocationContext {
    private final SpecInvocation invocation;

    AdapterInvocation(SpecInvocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        // The template around it is already named after the method.
        return "[" + invocation.column() + "] " + invocation.title();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        // In this order: the report entries first, so that a NOT_APPLICABLE from the requirements is attributed.
        return List.of(new SandboxProvider(invocation), new RequirementCheck(invocation), new VariantResolver(invocation),
                new SpecTimeLimit(invocation), new NotApplicable());
    }
}
