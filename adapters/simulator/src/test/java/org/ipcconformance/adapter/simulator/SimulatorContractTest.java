package org.ipcconformance.adapter.simulator;

import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;

/**
 * The adapter contract on the clean model. Its pids are the model's, not the OS's (the default),
 * and no model process refuses to die, so those two rules report themselves not checked.
 */
class SimulatorContractTest extends AdapterContract {

    @Override
    public AdapterProvider provider() {
        return new SimulatorAdapterProvider();
    }
}
