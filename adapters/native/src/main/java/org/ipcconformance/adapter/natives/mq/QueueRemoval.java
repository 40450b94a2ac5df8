package org.ipcconformance.adapter.natives.mq;

import com.sun.jna.Native;
import java.util.Optional;
import org.ipcconformance.adapter.natives.libc.Errno;

/** Removing a queue by its kernel name, for the sandbox's close and the sweep of a dead run; quiet about what is gone. */
final class QueueRemoval {
    private static final int ENOENT = 2;
    private static final int EINVAL = 22;
    private static final int EIDRM = 43;

    private QueueRemoval() {
    }

    /** Removes the System V queue with this key, if there is one; a failure other than "gone" is returned. */
    static Optional<String> sysv(int key) {
        int id = MqLibc.msgget(key, 0);
        if (id < 0) {
            int errno = Native.getLastError();
            return errno == ENOENT ? Optional.empty() : Optional.of("msgget(key " + MqSandbox.hex(key) + "): " + Errno.describe(errno));
        }
        if (MqLibc.msgctl(id, MqLibc.IPC_RMID, null) < 0) {
            int errno = Native.getLastError();
            return errno == EINVAL || errno == EIDRM ? Optional.empty()
                    : Optional.of("msgctl(id " + id + ", IPC_RMID): " + Errno.describe(errno));
        }
        return Optional.empty();
    }

    /** True when a System V queue with this key exists. */
    static boolean sysvExists(int key) {
        return MqLibc.msgget(key, 0) >= 0;
    }

    /** Unlinks a POSIX queue name, if it exists; a failure other than "gone" is returned. */
    static Optional<String> posix(String name) {
        if (MqLibc.mq_unlink(name) < 0) {
            int errno = Native.getLastError();
            return errno == ENOENT ? Optional.empty() : Optional.of("mq_unlink(" + name + "): " + Errno.describe(errno));
        }
        return Optional.empty();
    }
}
