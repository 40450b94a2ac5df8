package org.ipcconformance.suites.engine;

import java.util.List;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.AdapterRegistry;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Features;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Checks the method's {@link Requires} against the adapter's features before the body runs, and
 * before its parameters are resolved, so that no sandbox is opened for an invocation that cannot
 * apply. A missing feature aborts the invocation: NOT_APPLICABLE with the adapter's reason, as
 * {@link NotApplicable} does for one found missing inside the body.
 */
final class RequirementCheck implements BeforeEachCallback {
    private final SpecInvocation invocation;

    RequirementCheck(SpecInvocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<Feature> needed = Requirement.of(context.getRequiredTestMethod()).featuresFor(invocation.variant());
        if (needed.isEmpty()) {
            return;
        }
        Features features = AdapterRegistry.shared().open(invocation.adapterId(), RunDirectory.current()).features();
        try {
            features.require(needed.toArray(Feature[]::new));
        } catch (FeatureMissingException e) {
            throw new TestAbortedException(e.getMessage());
        }
    }
}
