package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;

/** The process holds no copy of the handle: the EBADF of a descriptor number never opened. */
public final class NotHeldException extends IOException {
    public NotHeldException(String message) {
        super(message);
    }
}
