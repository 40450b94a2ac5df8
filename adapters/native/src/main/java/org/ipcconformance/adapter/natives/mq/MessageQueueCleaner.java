package org.ipcconformance.adapter.natives.mq;

import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.LeftoverCleaner;

/**
 * Removes the message queues a run left: the System V keys and POSIX names of its ledger, and,
 * where the mqueue file system is mounted, every POSIX queue whose name carries the run's prefix
 * (a name the run created after its ledger was lost is still found). Found by ServiceLoader.
 */
public final class MessageQueueCleaner implements LeftoverCleaner {
    private static final int ENOENT = 2;
    static final Path MQUEUE_MOUNT = Path.of("/dev/mqueue");

    @Override
    public List<String> clean(Path run, List<KernelObjects.Entry> entries) {
        List<String> removed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        // A key whose msgget said EEXIST belongs to a queue of someone else: never remove that one.
        Set<String> taken = new HashSet<>();
        for (KernelObjects.Entry entry : entries) {
            if (entry.kind().equals(MqSandbox.SYSV_TAKEN_KIND)) {
                taken.add(entry.external());
            }
        }
        for (KernelObjects.Entry entry : entries) {
            if (entry.kind().equals(MqSandbox.SYSV_KIND) && !taken.contains(entry.external())) {
                int key = parseKey(entry.external());
                if (QueueRemoval.sysvExists(key)) {
                    QueueRemoval.sysv(key).ifPresentOrElse(failed::add, () -> removed.add("System V message queue key " + entry.external()));
                }
            } else if (entry.kind().equals(MqSandbox.POSIX_KIND)) {
                unlink(entry.external(), removed, failed);
            }
        }
        for (String name : mountedNames(run)) {
            unlink(name, removed, failed);
        }
        // What failed shows in remaining(), asked of the system.
        return removed;
    }

    @Override
    public List<String> remaining(Path run, List<KernelObjects.Entry> entries) {
        Set<String> taken = new HashSet<>();
        for (KernelObjects.Entry entry : entries) {
            if (entry.kind().equals(MqSandbox.SYSV_TAKEN_KIND)) {
                taken.add(entry.external());
            }
        }
        Set<String> left = new LinkedHashSet<>();
        for (KernelObjects.Entry entry : entries) {
            if (entry.kind().equals(MqSandbox.SYSV_KIND) && !taken.contains(entry.external())
                    && QueueRemoval.sysvExists(parseKey(entry.external()))) {
                left.add("System V message queue key " + entry.external());
            } else if (entry.kind().equals(MqSandbox.POSIX_KIND) && posixExists(entry.external())) {
                left.add("POSIX message queue " + entry.external());
            }
        }
        mountedNames(run).forEach(name -> left.add("POSIX message queue " + name));
        return List.copyOf(left);
    }

    /** mq_open without O_CREAT: ENOENT once the name is gone. */
    private static boolean posixExists(String name) {
        int q = MqLibc.mq_open(name, 0, 0, null);
        if (q >= 0) {
            MqLibc.mq_close(q);
            return true;
        }
        return Native.getLastError() != ENOENT;
    }

    private static void unlink(String name, List<String> removed, List<String> failed) {
        String line = "POSIX message queue " + name;
        if (removed.contains(line)) {
            return;
        }
        if (MqLibc.mq_unlink(name) == 0) {
            removed.add(line);
            return;
        }
        int errno = Native.getLastError();
        if (errno != ENOENT) {
            failed.add("mq_unlink(" + name + "): " + Errno.describe(errno));
        }
    }

    /** The run's queue names under /dev/mqueue, when it is mounted (the kernel lists names there without the slash). */
    static List<String> mountedNames(Path run) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(MQUEUE_MOUNT)) {
            return names;
        }
        String prefix = KernelObjects.posixPrefix(run).substring(1);
        try (DirectoryStream<Path> queues = Files.newDirectoryStream(MQUEUE_MOUNT, prefix + "*")) {
            for (Path q : queues) {
                names.add("/" + q.getFileName());
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    static int parseKey(String external) {
        String hex = external.startsWith("0x") ? external.substring(2) : external;
        return (int) Long.parseLong(hex, 16);
    }
}
