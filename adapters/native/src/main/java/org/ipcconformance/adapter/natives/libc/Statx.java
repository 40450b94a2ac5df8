package org.ipcconformance.adapter.natives.libc;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * stat(2) of the harness JVM through statx, whose struct is laid out alike on every architecture.
 * A successful statx is trusted only for the fields its {@code stx_mask} says it filled: a call that
 * claims success but fills nothing must not read as a file of size 0 (which is what a FIFO should
 * show). The call itself is a seam, so that a test can make it lie.
 */
public final class Statx {
    /** The statx call: libc's, or a test's stand-in. */
    @FunctionalInterface
    public interface Call {
        int statx(int dirfd, String path, int flags, int mask, Pointer buf);
    }

    /** The libc's statx. */
    public static final Statx SYSTEM = new Statx(LinuxExtras::statx);

    private static final int NEEDED = STATX_TYPE | STATX_MODE | STATX_SIZE;

    private final Call call;

    public Statx(Call call) {
        this.call = call;
    }

    public FileStat stat(String path, String operation) {
        if (this == SYSTEM && !LinuxExtras.AVAILABLE) {
            throw new HarnessException("statx is missing from this libc (glibc 2.28 or later is needed): "
                    + LinuxExtras.UNAVAILABLE_REASON);
        }
        try (Memory buf = new Memory(STATX_STRUCT_SIZE)) {
            // Fields statx leaves alone read as all ones (size -1), never as a plausible zero.
            buf.setMemory(0, STATX_STRUCT_SIZE, (byte) 0xff);
            buf.setInt(STATX_MASK_OFFSET, 0);
            if (call.statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, buf) < 0) {
                throw Errno.lastFailure(operation);
            }
            int mask = buf.getInt(STATX_MASK_OFFSET);
            if ((mask & NEEDED) != NEEDED) {
                throw new HarnessException(operation + ": statx reported success but its stx_mask (0x" + Integer.toHexString(mask)
                        + ") lacks " + missing(mask) + ": the system gave no usable type, mode or size");
            }
            int mode = buf.getShort(STATX_MODE_OFFSET) & 0xffff;
            long size = buf.getLong(STATX_SIZE_OFFSET);
            return usable(operation, "statx", FileModes.type(mode), mode & 07777, size);
        }
    }

    /**
     * A stat result, once checked for what no real file has (a negative size, from a struct that
     * the call left as it was): else a {@link HarnessException} naming the call, since a property
     * cannot be judged on data the system did not give.
     */
    public static FileStat usable(String operation, String call, FileType type, int permissions, long size) {
        if (size < 0) {
            throw new HarnessException(operation + ": " + call + " reported success but gave a size of " + size + " (type "
                    + type + "): the system gave no usable result");
        }
        return new FileStat(type, size, permissions);
    }

    private static String missing(int mask) {
        List<String> names = new ArrayList<>();
        if ((mask & STATX_TYPE) == 0) {
            names.add("STATX_TYPE");
        }
        if ((mask & STATX_MODE) == 0) {
            names.add("STATX_MODE");
        }
        if ((mask & STATX_SIZE) == 0) {
            names.add("STATX_SIZE");
        }
        return String.join(", ", names);
    }
}
