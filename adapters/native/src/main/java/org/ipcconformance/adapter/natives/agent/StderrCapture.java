package org.ipcconformance.adapter.natives.agent;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.LinuxExtras;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * An agent's standard error: an anonymous file (memfd, or a file unlinked right after creation)
 * that the agent writes and the harness reads to explain a failure. It has no name, so it never
 * shows in a listing of the sandbox's directory and vanishes with its last descriptor.
 */
final class StderrCapture {
    private static final int TAIL = 2000;

    private final int fd;
    private boolean closed;

    private StderrCapture(int fd) {
        this.fd = fd;
    }

    static StderrCapture create(Path runDirectory, String name) {
        if (LinuxExtras.AVAILABLE) {
            int fd = LinuxExtras.memfd_create("ipc-agent-stderr-" + name, MFD_CLOEXEC);
            if (fd >= 0) {
                return new StderrCapture(fd);
            }
        }
        Path file = runDirectory.resolve("agent-stderr-" + UUID.randomUUID());
        int fd = Libc.open(file.toString(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            throw new HarnessException("cannot create the standard error file " + file + " for " + name + ": "
                    + Errno.describe(com.sun.jna.Native.getLastError()));
        }
        Libc.unlink(file.toString());
        return new StderrCapture(fd);
    }

    int fd() {
        return fd;
    }

    /** The last lines the agent wrote, or "" (pread: the agent's offset is left alone). */
    synchronized String text() {
        if (closed) {
            return "";
        }
        try (Memory buf = new Memory(64 * 1024)) {
            long n = Libc.pread(fd, buf, buf.size(), 0);
            if (n <= 0) {
                return "";
            }
            String s = new String(buf.getByteArray(0, (int) n), StandardCharsets.UTF_8).strip();
            return s.length() > TAIL ? "..." + s.substring(s.length() - TAIL) : s;
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
