package org.ipcconformance.adapter.natives.self;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Region;

/**
 * The native memory of self: the buffers of {@code allocate} and the stand-in global. Freed when
 * the sandbox closes; touching freed native memory would crash the JVM, so every access holds a
 * read lock and checks, and a buffer lent to a (possibly blocked) write(2) is never freed
 * explicitly: the garbage collector frees it once that call has returned.
 */
final class SelfMemory {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Memory> buffers = new ConcurrentHashMap<>();
    private final Map<Long, Integer> lent = new ConcurrentHashMap<>();
    /**
     * The "global variable" of self. The JVM is not the agent program, so it has no such C global;
     * a native long owned by the sandbox stands in (the isolation spec compares two agents).
     * One per sandbox, so that it starts at 0 for every spec.
     */
    private final Memory global = new Memory(8);
    private boolean freed;

    SelfMemory() {
        global.setLong(0, 0);
    }

    void add(Region region, byte[] content) {
        Memory buf = new Memory(Math.max(1, content.length));
        buf.write(0, content, 0, content.length);
        locked(() -> buffers.put(region.id(), buf));
    }

    boolean owns(Region region) {
        return buffers.containsKey(region.id());
    }

    void store(Region region, int offset, byte[] data) {
        locked(() -> {
            buffer(region).write(offset, data, 0, data.length);
            return null;
        });
    }

    byte[] load(Region region) {
        return locked(() -> buffer(region).getByteArray(0, region.size()));
    }

    long global() {
        return locked(() -> global.getLong(0));
    }

    void global(long value) {
        locked(() -> {
            global.setLong(0, value);
            return null;
        });
    }

    /** Runs a call that reads the buffer, possibly blocking for long, without holding the lock. */
    <T> T lend(Region region, Function<Pointer, T> call) {
        Memory buf = locked(() -> {
            Memory b = buffer(region);
            lent.merge(region.id(), 1, Integer::sum);
            return b;
        });
        try {
            return call.apply(buf);
        } finally {
            lent.computeIfPresent(region.id(), (id, n) -> n == 1 ? null : n - 1);
        }
    }

    void free() {
        lock.writeLock().lock();
        try {
            if (freed) {
                return;
            }
            freed = true;
            buffers.forEach((id, buf) -> {
                if (!lent.containsKey(id)) {
                    buf.close();
                }
            });
            buffers.clear();
            global.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Memory buffer(Region region) {
        Memory buf = buffers.get(region.id());
        if (buf == null) {
            throw new HarnessException(region + " is not a buffer of self: a buffer lives in the memory of the process that allocated it");
        }
        return buf;
    }

    private <T> T locked(Supplier<T> access) {
        lock.readLock().lock();
        try {
            if (freed) {
                throw new HarnessException("the memory of self was freed: the sandbox was closed");
            }
            return access.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
