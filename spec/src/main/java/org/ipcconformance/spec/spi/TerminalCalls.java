package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/** Pseudo-terminals ({@link Facet#TERMINALS}, feature {@link Feature#TERMINAL}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface TerminalCalls {

    /**
     * Opens a pseudo-terminal in this process (posix_openpt, grantpt, unlockpt) and starts a
     * child on it, in a new session whose controlling terminal is the slave side, as the
     * foreground process group, every signal at its default disposition. Only from the
     * sandbox's own process; the master is closed and the child killed with the sandbox.
     */
    TerminalSession openTerminal();
}
