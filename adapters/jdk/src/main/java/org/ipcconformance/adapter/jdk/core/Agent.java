package org.ipcconformance.adapter.jdk.core;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.Handle;

/**
 * A child JVM's agent as the classes of its mechanisms (signals, shared memory, sockets) use it:
 * requests over its control channel and its table of handles. The child process implements it;
 * the mechanism classes know only this, so they need not know the process package.
 */
public interface Agent {
    /** The child's name for messages: {@code child-1}. */
    String name();

    /** The child JVM: the target of SIGTERM and SIGKILL through its ProcessHandle. */
    Process process();

    /** The file where the child's recording signal handler logs each delivery (read from outside). */
    Path signalLog();

    /** One request to the agent; its failure arrives mapped to the portable error. */
    <T> T request(String op, Request request, Response<T> response);

    /** The child's slot of a handle; EBADF when the child holds no copy. */
    int slot(Handle handle, String op);

    /** Makes a handle name one of the child's slots. */
    void hold(Handle handle, int slot);

    /** Closes the child's copy of a handle (close(2) in the child). */
    void close(Handle handle);

    /** A new id, unique within the sandbox, for a handle or a mapping. */
    long nextId();

    /** Writes one request: its op byte and fields. */
    interface Request {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** Reads one successful reply's fields. */
    interface Response<T> {
        T readFrom(DataInputStream in) throws IOException;
    }
}
