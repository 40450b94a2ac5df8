package org.ipcconformance.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kernel holds, seen from outside any run: System V objects by key in /proc/sysvipc,
 * POSIX names through mq_open and /dev/shm (and /dev/mqueue where it is mounted). Also plants
 * objects, as a dead run would have left them.
 */
final class KernelIpcProbe {
    private static final int O_RDONLY = 0;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int IPC_CREAT = 01000;
    private static final int IPC_EXCL = 02000;
    private static final int ENOENT = 2;
    static final Path MQUEUE = Path.of("/dev/mqueue");
    static final Path SHM = Path.of("/dev/shm");

    /** librt's lookups reach libc on glibc 2.34 and later, and it has the mq_* calls before that. */
    interface Rt extends Library {
        Rt INSTANCE = Native.load("rt", Rt.class);

        int mq_open(String name, int oflag, int mode, Pointer attr);

        int mq_close(int mqd);

        int msgget(int key, int flags);
    }

    private KernelIpcProbe() {
    }

    /** The keys (as 0x%08x) of every System V message queue, segment and semaphore set. */
    static List<String> sysvKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String kind : List.of("msg", "shm", "sem")) {
            Path table = Path.of("/proc/sysvipc", kind);
            if (!Files.exists(table)) {
                continue;
            }
            for (String line : Files.readAllLines(table)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 1 && fields[0].matches("-?\\d+")) {
                    keys.add(String.format("0x%08x", (int) Long.parseLong(fields[0])));
                }
            }
        }
        return keys;
    }

    /** Whether a POSIX name exists as a message queue, a shared memory object or a semaphore. */
    static boolean posixNameExists(String name) {
        int mqd = Rt.INSTANCE.mq_open(name, O_RDONLY, 0, null);
        if (mqd >= 0) {
            Rt.INSTANCE.mq_close(mqd);
            return true;
        }
        int errno = Native.getLastError();
        if (errno != ENOENT) {
            throw new IllegalStateException("mq_open(" + name + ") failed with errno " + errno + ", not ENOENT");
        }
        String bare = name.substring(1);
        return Files.exists(SHM.resolve(bare)) || Files.exists(SHM.resolve("sem." + bare))
                || Files.exists(MQUEUE.resolve(bare));
    }

    /** Names under /dev/shm (and /dev/mqueue if mounted) that start with {@code prefix} (a POSIX name prefix, with its slash). */
    static List<String> namesWithPrefix(String prefix) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path dir : List.of(SHM, MQUEUE)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var entries = Files.list(dir)) {
                entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(prefix.substring(1)) || n.startsWith("sem." + prefix.substring(1)))
                        .forEach(n -> found.add(dir + "/" + n));
            }
        }
        return found;
    }

    static void createSysvQueue(int key) {
        if (Rt.INSTANCE.msgget(key, IPC_CREAT | IPC_EXCL | 0600) < 0) {
            throw new IllegalStateException("msgget(" + key + ") failed with errno " + Native.getLastError());
        }
    }

    static void createPosixQueue(String name) {
        int mqd = Rt.INSTANCE.mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, null);
        if (mqd < 0) {
            throw new IllegalStateException("mq_open(" + name + ", O_CREAT) failed with errno " + Native.getLastError());
        }
        Rt.INSTANCE.mq_close(mqd);
    }
}
