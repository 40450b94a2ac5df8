package org.ipcconformance.adapter.natives.libc;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.HarnessException;

/** stat(2) of the harness JVM through statx, whose struct is laid out alike on every architecture. */
public final class Statx {
    private Statx() {
    }

    public static FileStat stat(String path, String operation) {
        if (!LinuxExtras.AVAILABLE) {
            throw new HarnessException("statx is missing from this libc (glibc 2.28 or later is needed): "
                    + LinuxExtras.UNAVAILABLE_REASON);
        }
        try (Memory buf = new Memory(STATX_STRUCT_SIZE)) {
            buf.clear();
            if (LinuxExtras.statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, buf) < 0) {
                throw Errno.lastFailure(operation);
            }
            int mode = buf.getShort(STATX_MODE_OFFSET) & 0xffff;
            long size = buf.getLong(STATX_SIZE_OFFSET);
            return new FileStat(FileModes.type(mode), size, mode & 07777);
        }
    }
}
