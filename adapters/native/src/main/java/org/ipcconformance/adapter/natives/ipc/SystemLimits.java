package org.ipcconformance.adapter.natives.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/**
 * Turns a creation refused by a system limit into BROKEN (the environment, not the property),
 * naming the limit and its value as /proc/sys/kernel shows it. Other failures pass unchanged.
 */
final class SystemLimits {
    private static final Path KERNEL = Path.of("/proc/sys/kernel");

    private SystemLimits() {
    }

    /** shmget: EINVAL for a size above SHMMAX, ENOSPC when SHMMNI segments or SHMALL pages are used up. */
    static RuntimeException shmget(IpcException e, long size) {
        if (e.error() == IpcError.INVALID_ARGUMENT && size > number("shmmax")) {
            return broken(e, "SHMMAX (kernel.shmmax) = " + number("shmmax") + " bytes, below the " + size + " asked for");
        }
        if (e.rawCode().contains("ENOSPC")) {
            return broken(e, "SHMMNI (kernel.shmmni) = " + text("shmmni") + " segments or SHMALL (kernel.shmall) = "
                    + text("shmall") + " pages reached");
        }
        return e;
    }

    /** semget: EINVAL for more members than SEMMSL, ENOSPC when SEMMNI sets or SEMMNS semaphores are used up. */
    static RuntimeException semget(IpcException e, int count) {
        String[] sem = text("sem").split("\\s+"); // SEMMSL SEMMNS SEMOPM SEMMNI
        if (sem.length == 4) {
            if (e.error() == IpcError.INVALID_ARGUMENT && count > Long.parseLong(sem[0])) {
                return broken(e, "SEMMSL (kernel.sem, first field) = " + sem[0] + " semaphores per set, below the "
                        + count + " asked for");
            }
            if (e.rawCode().contains("ENOSPC")) {
                return broken(e, "SEMMNI (kernel.sem, fourth field) = " + sem[3] + " sets or SEMMNS (second field) = "
                        + sem[1] + " semaphores reached");
            }
        }
        return e;
    }

    /**
     * shm_open, ftruncate, sem_open: the tmpfs of /dev/shm full. (The descriptor limits, EMFILE and
     * ENFILE, are BROKEN for every call already: libc's Errno.failure names them with their values.)
     */
    static RuntimeException posix(IpcException e, String call) {
        if (e.rawCode().contains("ENOSPC")) {
            return broken(e, "the space of /dev/shm (its tmpfs size) is used up by " + call);
        }
        return e;
    }

    private static HarnessException broken(IpcException e, String limit) {
        return new HarnessException("system limit hit: " + limit + " (" + e.getMessage() + ")", e);
    }

    /** readAllLines, not readString: on some kernels a /proc/sys file read by size gives its first byte only. */
    private static String text(String name) {
        try {
            return String.join(" ", Files.readAllLines(KERNEL.resolve(name))).strip();
        } catch (IOException e) {
            return "unknown (" + KERNEL.resolve(name) + " unreadable)";
        }
    }

    /** A limit as a number; ULONG values beyond a long read as Long.MAX_VALUE. */
    static long number(String name) {
        String t = text(name);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return t.matches("\\d+") ? Long.MAX_VALUE : -1;
        }
    }
}
