package org.ipcconformance.suites;

import org.ipcconformance.spec.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The suites module's packages do not import each other in a circle (the failure lists each cycle). */
class ArchitectureTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles("org.ipcconformance.suites");
    }
}
