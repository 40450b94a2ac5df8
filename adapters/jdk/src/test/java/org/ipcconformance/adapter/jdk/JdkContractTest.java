package org.ipcconformance.adapter.jdk;

import java.time.Duration;
import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;

/** The adapter contract on the jdk adapter. */
class JdkContractTest extends AdapterContract {

    @Override
    public AdapterProvider provider() {
        return new JdkAdapterProvider();
    }

    /** Self is the harness JVM and every other process a child JVM. */
    @Override
    public boolean pidsAreOsProcessIds() {
        return true;
    }

    /** Other processes are child JVMs: one started cold on a loaded two-core machine may take seconds. */
    @Override
    public Duration bound() {
        return Duration.ofSeconds(20);
    }
}
