package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;

/** The end is not a {@link java.nio.channels.SelectableChannel}: the JDK cannot make it non-blocking. */
public final class NotSelectableException extends IOException {
    public NotSelectableException(String message) {
        super(message);
    }
}
