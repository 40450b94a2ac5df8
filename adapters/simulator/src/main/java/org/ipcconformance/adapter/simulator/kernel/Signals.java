package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.spec.spi.ExitStatus;

/** The deaths by signal the model produces, as wait(2) would report them. */
final class Signals {
    static final ExitStatus SIGKILL = ExitStatus.killedBy(9, "SIGKILL");
    static final ExitStatus SIGPIPE = ExitStatus.killedBy(13, "SIGPIPE");

    private Signals() {
    }
}
