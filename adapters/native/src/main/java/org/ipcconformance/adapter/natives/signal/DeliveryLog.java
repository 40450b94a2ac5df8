package org.ipcconformance.adapter.natives.signal;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.LinuxConstants;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.signal.Delivery;

/**
 * The harness's read-only view of an agent's delivery log (the MAP_SHARED file of
 * agent-signals.c): read without asking the agent, so also while it is stopped, asleep, or
 * dead. The agent publishes an entry by a release store of the count; here the count is read
 * first and an acquire fence orders the entry reads after it.
 */
final class DeliveryLog {
    static final int MAGIC = 0x53494732;
    private static final int HEADER = 16;
    private static final int ENTRY = 24;
    private static final int CAPACITY = 4096;
    private static final long SIZE = HEADER + (long) ENTRY * CAPACITY;
    private static final int SI_USER = 0;
    private static final int SI_QUEUE = -1;
    private static final int SI_TKILL = -6;
    private static final int SI_KERNEL = 0x80;

    private final Path path;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Pointer map;

    private DeliveryLog(Path path, Pointer map) {
        this.path = path;
        this.map = map;
    }

    /** Maps the log the agent has just created at {@code path}. */
    static DeliveryLog map(Path path, String owner) {
        int fd = Libc.open(path.toString(), LinuxConstants.O_RDONLY | LinuxConstants.O_CLOEXEC, 0);
        if (fd < 0) {
            throw new HarnessException("cannot open the delivery log of " + owner + " (" + path + "): "
                    + Errno.describe(Native.getLastError()));
        }
        try {
            Pointer map = SignalLibc.mmap(null, SIZE, SignalLibc.PROT_READ, SignalLibc.MAP_SHARED, fd, 0);
            if (Pointer.nativeValue(map) == -1L) {
                throw new HarnessException("cannot map the delivery log of " + owner + " (" + path + "): "
                        + Errno.describe(Native.getLastError()));
            }
            DeliveryLog log = new DeliveryLog(path, map);
            if (map.getInt(0) != MAGIC) {
                log.release();
                throw new HarnessException("the delivery log of " + owner + " (" + path + ") has no header");
            }
            return log;
        } finally {
            Libc.close(fd);
        }
    }

    /** Every delivery logged so far, oldest first. */
    List<Delivery> all() {
        return range(0, Integer.MAX_VALUE);
    }

    /** Entries {@code from} (inclusive) to {@code to} (exclusive), as far as they are published. */
    List<Delivery> range(int from, int to) {
        lock.readLock().lock();
        try {
            Pointer m = live();
            int count = m.getInt(8);
            int dropped = m.getInt(12);
            VarHandle.acquireFence();
            if (dropped > 0) {
                throw new HarnessException("the delivery log at " + path + " is full: it holds " + CAPACITY
                        + " deliveries and " + dropped + " more were not recorded");
            }
            List<Delivery> out = new ArrayList<>();
            for (int i = Math.max(0, from); i < Math.min(count, to); i++) {
                out.add(entry(m, i));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Delivery entry(Pointer m, int index) {
        long at = HEADER + (long) ENTRY * index;
        int signo = m.getInt(at);
        int code = m.getInt(at + 4);
        int value = m.getInt(at + 8);
        int pid = m.getInt(at + 12);
        long mask = m.getLong(at + 16);
        Delivery.Source source = switch (code) {
            case SI_USER, SI_TKILL -> Delivery.Source.USER;
            case SI_QUEUE -> Delivery.Source.QUEUE;
            default -> code == SI_KERNEL || (code > 0 && code < SI_KERNEL) ? Delivery.Source.KERNEL : Delivery.Source.OTHER;
        };
        boolean fromProcess = source == Delivery.Source.USER || source == Delivery.Source.QUEUE;
        return new Delivery(index + 1L, SignalNumbers.signal(signo), value, source, fromProcess ? pid : -1,
                SignalNumbers.fromBits(mask));
    }

    private Pointer live() {
        if (map == null) {
            throw new HarnessException("the delivery log at " + path + " was released with its sandbox");
        }
        return map;
    }

    /** Unmaps and removes the file; no reader can be inside (write lock). */
    void release() {
        lock.writeLock().lock();
        try {
            if (map != null) {
                SignalLibc.munmap(map, SIZE);
                map = null;
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new HarnessException("cannot remove the delivery log " + path + ": " + e.getMessage(), e);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
