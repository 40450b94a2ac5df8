package org.ipcconformance.spec.contract;

import java.time.Duration;
import java.util.Optional;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/**
 * What the rules need from {@link AdapterContract}: the adapter opened once per test class, a
 * fresh sandbox per rule, and the subclass's answers to the contract's questions. The rules are
 * interfaces over this fixture so that each family of rules is a file of its own.
 */
public interface ContractFixture {

    /** The sandbox of the running rule, opened before it and closed after it. */
    Sandbox sandbox();

    /** Another sandbox of the same adapter, for rules about closing one: the rule closes it. */
    Sandbox openSandbox(String label);

    /** The features the adapter declares. */
    Features features();

    /** See {@link AdapterContract#bound()}. */
    Duration bound();

    /** See {@link AdapterContract#pidsAreOsProcessIds()}. */
    boolean pidsAreOsProcessIds();

    /** See {@link AdapterContract#startProcessThatWillNotDie(Sandbox)}. */
    Optional<Proc> startProcessThatWillNotDie(Sandbox sandbox);
}
