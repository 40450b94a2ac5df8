package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;

/**
 * The JDK's types refuse the operation on this end (a {@code Pipe.SinkChannel} has no read
 * method): the JDK's equivalent of EBADF for a pipe's wrong end.
 */
public final class WrongEndException extends IOException {
    public WrongEndException(String message) {
        super(message);
    }
}
