package org.ipcconformance.adapter.natives.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.spec.spi.Handle;

/**
 * One process's descriptors, by handle: the same {@link Handle} maps to a different number in
 * each process that holds it. A handle the process does not hold resolves to -1, so the call is
 * still made and the kernel itself answers EBADF.
 */
public final class FdTable {
    /** A descriptor number no process ever has: the kernel answers EBADF. */
    public static final int NOT_HELD = -1;

    private final Map<Long, Integer> fds = new ConcurrentHashMap<>();

    public void put(Handle handle, int fd) {
        fds.put(handle.id(), fd);
    }

    public int fd(Handle handle) {
        return fds.getOrDefault(handle.id(), NOT_HELD);
    }

    public boolean holds(Handle handle) {
        return fds.containsKey(handle.id());
    }

    /** Forgets the handle; returns its descriptor or {@link #NOT_HELD}. */
    public int remove(Handle handle) {
        Integer fd = fds.remove(handle.id());
        return fd == null ? NOT_HELD : fd;
    }

    /** Empties the table and returns every descriptor it held. */
    public List<Integer> drain() {
        List<Integer> all = new ArrayList<>();
        for (Long id : List.copyOf(fds.keySet())) {
            Integer fd = fds.remove(id);
            if (fd != null) {
                all.add(fd);
            }
        }
        return all;
    }

    /** For operation descriptions: {@code pipe#1 write end [fd 7]} or {@code ... [not held]}. */
    public String describe(Handle handle) {
        int fd = fd(handle);
        return handle.description() + (fd == NOT_HELD ? " [not held]" : " [fd " + fd + "]");
    }
}
