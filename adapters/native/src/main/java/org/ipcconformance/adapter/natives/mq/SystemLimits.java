package org.ipcconformance.adapter.natives.mq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;

/**
 * The system's message-queue limits, read where Linux publishes them, and the translation of a
 * creation refused by one of them into a BROKEN verdict: the environment could not run the spec,
 * which says nothing about the property.
 */
final class SystemLimits {
    static final Path MSGMAX = Path.of("/proc/sys/kernel/msgmax");
    static final Path MSGMNB = Path.of("/proc/sys/kernel/msgmnb");
    static final Path MSGMNI = Path.of("/proc/sys/kernel/msgmni");
    static final Path MQ_MSG_MAX = Path.of("/proc/sys/fs/mqueue/msg_max");
    static final Path MQ_MSGSIZE_MAX = Path.of("/proc/sys/fs/mqueue/msgsize_max");
    static final Path MQ_QUEUES_MAX = Path.of("/proc/sys/fs/mqueue/queues_max");
    static final Path MQ_MSG_DEFAULT = Path.of("/proc/sys/fs/mqueue/msg_default");
    static final Path MQ_MSGSIZE_DEFAULT = Path.of("/proc/sys/fs/mqueue/msgsize_default");

    private SystemLimits() {
    }

    /** Line by line: on this kernel Files.readString of a sysctl file returned its first byte only. */
    static Optional<Long> read(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(file).get(0).strip()));
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static String describe(Path file) {
        return file.getFileName() + " (" + file + " = " + read(file).map(String::valueOf).orElse("unreadable") + ")";
    }

    /** The largest System V message, msgmax; 8192 (Linux's default) if unreadable. */
    static long msgmax() {
        return read(MSGMAX).orElse(8192L);
    }

    /** msgget with IPC_CREAT refused by a limit: ENOSPC is msgmni queues system-wide. */
    static Optional<HarnessException> sysvCreate(IpcException e) {
        if (e.error() == IpcError.OTHER && e.rawCode().contains("ENOSPC")) {
            return Optional.of(new HarnessException("System V message queue limit reached: " + describe(MSGMNI)
                    + " queues system-wide; " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** IPC_SET of msg_qbytes above msgmnb needs CAP_SYS_RESOURCE: EPERM. */
    static Optional<HarnessException> sysvQueueBytes(IpcException e, long asked) {
        if (e.error() == IpcError.NOT_PERMITTED) {
            return Optional.of(new HarnessException("System V queue size limit: msg_qbytes " + asked + " is above "
                    + describe(MSGMNB) + " and raising it needs CAP_SYS_RESOURCE; " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * mq_open with O_CREAT refused by a limit: EMFILE is RLIMIT_MSGQUEUE (bytes of queues per user)
     * or the descriptor limit, ENOSPC queues_max, EINVAL attributes above msg_max / msgsize_max.
     */
    static Optional<HarnessException> posixCreate(IpcException e, long maxMessages, long maxSize) {
        String raw = e.rawCode();
        if (raw.contains("EMFILE")) {
            return Optional.of(new HarnessException("POSIX message queue limit reached: RLIMIT_MSGQUEUE ("
                    + rlimitMsgqueue() + ") or RLIMIT_NOFILE; " + e.getMessage()));
        }
        if (raw.contains("ENOSPC")) {
            return Optional.of(new HarnessException("POSIX message queue limit reached: " + describe(MQ_QUEUES_MAX)
                    + " queues system-wide; " + e.getMessage()));
        }
        if (e.error() == IpcError.INVALID_ARGUMENT && maxMessages > 0 && maxSize > 0
                && (maxMessages > read(MQ_MSG_MAX).orElse(Long.MAX_VALUE) || maxSize > read(MQ_MSGSIZE_MAX).orElse(Long.MAX_VALUE))) {
            return Optional.of(new HarnessException("POSIX message queue limit: mq_maxmsg " + maxMessages + " / mq_msgsize "
                    + maxSize + " asked, above " + describe(MQ_MSG_MAX) + " or " + describe(MQ_MSGSIZE_MAX) + "; " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The soft RLIMIT_MSGQUEUE of this process, from /proc/self/limits. */
    static String rlimitMsgqueue() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(l -> l.startsWith("Max msgqueue size"))
                    .map(l -> l.substring("Max msgqueue size".length()).strip().replaceAll("\\s+", " "))
                    .map(v -> "soft/hard/unit " + v)
                    .findFirst().orElse("not in /proc/self/limits");
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
