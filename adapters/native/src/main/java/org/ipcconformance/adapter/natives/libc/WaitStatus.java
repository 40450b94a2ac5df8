package org.ipcconformance.adapter.natives.libc;

import org.ipcconformance.spec.spi.ExitStatus;

/** Decodes a wait(2) status word as the W* macros of glibc do. */
public final class WaitStatus {
    private WaitStatus() {
    }

    public static ExitStatus decode(int status) {
        int termsig = status & 0x7f;
        if (termsig == 0) {
            return ExitStatus.exited((status >> 8) & 0xff);
        }
        if (termsig != 0x7f) {
            return ExitStatus.killedBy(termsig, Signals.name(termsig));
        }
        // 0x7f is a stopped child, which waitpid without WUNTRACED never returns.
        throw new IllegalArgumentException("wait status 0x" + Integer.toHexString(status) + " is not a termination");
    }
}
