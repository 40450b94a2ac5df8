package org.ipcconformance.cli;

import org.ipcconformance.spec.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The command line's packages do not import each other in a circle (the failure lists each cycle). */
class ArchitectureTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles("org.ipcconformance.cli");
    }
}
