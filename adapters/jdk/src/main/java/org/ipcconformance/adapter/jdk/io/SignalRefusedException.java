package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;

/** sigaction refused the request (SIGKILL, SIGSTOP): the EINVAL of the primitive, as the JVM reports it. */
public final class SignalRefusedException extends IOException {
    public SignalRefusedException(String message) {
        super(message);
    }
}
