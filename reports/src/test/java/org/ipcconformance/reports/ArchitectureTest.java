package org.ipcconformance.reports;

import org.ipcconformance.spec.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The reports module's packages do not import each other in a circle (the failure lists each cycle). */
class ArchitectureTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles("org.ipcconformance.reports");
    }
}
