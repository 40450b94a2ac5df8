package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/**
 * A call refused because a resource limit is used up is the environment's doing, not the
 * implementation's: BROKEN, naming the limit and its value (the process's own, read with
 * prlimit). The descriptor limits (EMFILE, ENFILE) mean that for every call; EAGAIN means it for
 * sigqueue only when the receiver's queue is full ({@link #sigqueue}).
 */
public final class Limits {
    public static final int RLIMIT_NOFILE = 7;
    public static final int RLIMIT_SIGPENDING = 11;
    private static final int EMFILE = 24;
    private static final int ENFILE = 23;
    private static final long RLIM_INFINITY = -1L;

    private Limits() {
    }

    /**
     * EMFILE and ENFILE as the exhausted limit of process {@code who} (pid {@code pid}); else empty.
     * EMFILE counts as RLIMIT_NOFILE only when the process holds that many descriptors: mq_open also
     * says EMFILE for RLIMIT_MSGQUEUE, which its own converter names.
     */
    static Optional<HarnessException> descriptors(String operation, int errno, long pid, String who) {
        if (errno == EMFILE && atDescriptorLimit(pid)) {
            return Optional.of(exhausted(operation, errno, "RLIMIT_NOFILE (open descriptors per process) of " + who + " (pid "
                    + pid + ") = " + rlimit(pid, RLIMIT_NOFILE) + " reached"));
        }
        if (errno == ENFILE) {
            return Optional.of(exhausted(operation, errno, "the system-wide limit of open files (fs.file-max) = "
                    + fileMax() + " reached"));
        }
        return Optional.empty();
    }

    /**
     * sigqueue's EAGAIN: the receiver's queue of pending signals (counted per real user) is at its
     * RLIMIT_SIGPENDING, which /proc/PID/status shows as SigQ {@code queued/limit}. When it shows
     * room, EAGAIN is the implementation's and stays a failure; so it does when a spec chose that limit
     * itself ({@code chosenBySpec}), for then reaching it is what the spec checks.
     */
    public static RuntimeException sigqueue(IpcException e, long receiverPid, String receiver, boolean chosenBySpec) {
        if (e.error() != IpcError.WOULD_BLOCK || chosenBySpec) {
            return e;
        }
        Optional<long[]> queue = sigQ(receiverPid);
        if (queue.isPresent() && queue.get()[0] < queue.get()[1]) {
            return e;
        }
        String seen = queue.map(q -> q[0] + " queued of " + q[1] + " (SigQ)").orElse("queue not readable in /proc/" + receiverPid
                + "/status");
        return new HarnessException("system limit hit: RLIMIT_SIGPENDING (queued signals per real user) of " + receiver
                + " (pid " + receiverPid + ") = " + rlimit(receiverPid, RLIMIT_SIGPENDING) + " reached, " + seen + " ("
                + e.getMessage() + ")", e);
    }

    /** Whether the process's open descriptors reach its soft RLIMIT_NOFILE; true when either cannot be read. */
    private static boolean atDescriptorLimit(long pid) {
        long soft;
        try (Memory old = new Memory(16)) {
            if (Libc.prlimit((int) pid, RLIMIT_NOFILE, null, old) < 0) {
                return true;
            }
            soft = old.getLong(0);
        }
        if (soft == RLIM_INFINITY) {
            return false;
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.count() >= soft;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static HarnessException exhausted(String operation, int errno, String limit) {
        return new HarnessException("system limit hit: " + limit + " (" + operation + ": " + Errno.describe(errno) + ")");
    }

    /** "soft 3, hard 3" (or unlimited) of process {@code pid}, by prlimit(2). */
    public static String rlimit(long pid, int resource) {
        try (Memory old = new Memory(16)) {
            if (Libc.prlimit((int) pid, resource, null, old) < 0) {
                return "unknown (prlimit: " + Errno.describe(Native.getLastError()) + ")";
            }
            return "soft " + value(old.getLong(0)) + ", hard " + value(old.getLong(8));
        }
    }

    private static String value(long v) {
        return v == RLIM_INFINITY ? "unlimited" : Long.toString(v);
    }

    private static Optional<long[]> sigQ(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            for (String line : lines) {
                if (line.startsWith("SigQ:")) {
                    String[] parts = line.substring("SigQ:".length()).strip().split("/");
                    return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** readAllLines, not readString: on some kernels a /proc/sys file read by size gives its first byte only. */
    private static String fileMax() {
        try {
            return String.join(" ", Files.readAllLines(Path.of("/proc/sys/fs/file-max"))).strip();
        } catch (IOException e) {
            return "unknown (/proc/sys/fs/file-max unreadable)";
        }
    }
}
