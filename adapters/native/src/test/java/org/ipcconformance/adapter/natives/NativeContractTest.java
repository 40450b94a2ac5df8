package org.ipcconformance.adapter.natives;

import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;

/** The adapter contract on the native adapter. */
class NativeContractTest extends AdapterContract {

    @Override
    public AdapterProvider provider() {
        return new NativeAdapterProvider();
    }

    /** Self is the harness JVM and every other process a real agent process started with posix_spawn. */
    @Override
    public boolean pidsAreOsProcessIds() {
        return true;
    }
}
