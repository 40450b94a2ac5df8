package org.ipcconformance.spec.architecture;

import org.junit.jupiter.api.Test;

/** The spec module: no package cycles, and an SPI whose every public type says how stable it is. */
class ArchitectureTest {

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles("org.ipcconformance.spec");
    }

    @Test
    void spiTypesCarryApiStatus() {
        ArchitectureRules.spiTypesCarryApiStatus();
    }
}
