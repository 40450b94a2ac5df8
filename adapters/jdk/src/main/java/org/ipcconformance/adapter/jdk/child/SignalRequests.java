package org.ipcconformance.adapter.jdk.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.ipcconformance.adapter.jdk.io.SignalOps;

/** The signal requests of a child JVM: dispositions through sun.misc.Signal, kills through ProcessHandle. */
final class SignalRequests {
    private final SignalOps ops = new SignalOps();

    void execute(byte op, DataInputStream in, DataOutputStream reply) throws IOException {
        switch (op) {
            case Protocol.SIG_HANDLE: {
                String name = in.readUTF();
                ops.handle(name, Path.of(in.readUTF()));
                break;
            }
            case Protocol.SIG_IGNORE:
                ops.ignore(in.readUTF());
                break;
            case Protocol.SIG_RESET:
                ops.reset(in.readUTF());
                break;
            case Protocol.SIG_KILL: {
                long pid = in.readLong();
                long start = in.readLong();
                SignalOps.kill(pid, start, in.readBoolean());
                break;
            }
            case Protocol.SIG_RAISE:
                SignalOps.raise(in.readUTF());
                break;
            default:
                throw new IOException("unknown signal request " + op + " on the control channel");
        }
    }
}
