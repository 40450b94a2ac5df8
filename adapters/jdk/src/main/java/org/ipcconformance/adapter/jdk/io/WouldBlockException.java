package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;

/**
 * A non-blocking channel read or wrote 0 bytes: that is how the JDK reports EAGAIN, so the
 * adapter turns it into an error as write(2) and read(2) would.
 */
public final class WouldBlockException extends IOException {
    public WouldBlockException(String message) {
        super(message);
    }
}
