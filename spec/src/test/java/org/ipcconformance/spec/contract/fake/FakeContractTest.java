package org.ipcconformance.spec.contract.fake;

import java.util.Optional;
import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/** The contract against the fake adapter: what a subclass looks like, and proof that the rules run. */
class FakeContractTest extends AdapterContract {

    @Override
    public AdapterProvider provider() {
        return new FakeProvider();
    }

    /** A fake process that ignores kill: the fake sandbox's close does not wait for it. */
    @Override
    public Optional<Proc> startProcessThatWillNotDie(Sandbox sandbox) {
        return Optional.of(((FakeSandbox) sandbox).start("immortal", true).proc);
    }
}
