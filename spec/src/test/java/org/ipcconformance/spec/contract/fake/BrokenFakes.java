package org.ipcconformance.spec.contract.fake;

import java.time.Duration;
import org.ipcconformance.spec.contract.AdapterContract;
import org.ipcconformance.spec.spi.AdapterProvider;

/**
 * The contract on the fake adapter with one planted fault each. Nested, so that the build does
 * not run them as tests (they fail on purpose); {@link ContractCatchesFaultsTest} runs them.
 */
final class BrokenFakes {
    private BrokenFakes() {
    }

    /** The fake with a fault; a short bound, since a fault may make a rule wait it out. */
    abstract static class Broken extends AdapterContract {
        private final FakeFault fault;

        Broken(FakeFault fault) {
            this.fault = fault;
        }

        @Override
        public AdapterProvider provider() {
            return new FakeProvider();
        }

        @Override
        public String fault() {
            return FakeProvider.name(fault);
        }

        @Override
        public Duration bound() {
            return Duration.ofSeconds(1);
        }
    }

    static class CloseKeepsProcesses extends Broken {
        CloseKeepsProcesses() {
            super(FakeFault.CLOSE_KEEPS_PROCESSES);
        }
    }

    static class StateWaits extends Broken {
        StateWaits() {
            super(FakeFault.STATE_WAITS);
        }
    }

    static class ChildLacksPipes extends Broken {
        ChildLacksPipes() {
            super(FakeFault.CHILD_LACKS_PIPES);
        }
    }

    static class NoRawCode extends Broken {
        NoRawCode() {
            super(FakeFault.NO_RAW_CODE);
        }
    }

    static class SelfHasLifecycle extends Broken {
        SelfHasLifecycle() {
            super(FakeFault.SELF_HAS_LIFECYCLE);
        }
    }
}
