package org.ipcconformance.suites.engine;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives a method run per variant the variant of this invocation: its {@code IpcFamily} or {@code Domain} parameter. */
final class VariantResolver implements ParameterResolver {
    private final SpecInvocation invocation;

    VariantResolver(SpecInvocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return invocation.variant() != null && parameter.getParameter().getType().isInstance(invocation.variant());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return invocation.variant();
    }
}
