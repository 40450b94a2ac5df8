package org.ipcconformance.adapter.simulator.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ipcconformance.spec.spi.Handle;

/**
 * One process's descriptor table: small integers, lowest free first, each pointing at an open
 * file description. Also resolves a spec's {@link Handle} to this process's descriptor.
 */
final class FdTable {
    private final TreeMap<Integer, OpenFile> byFd = new TreeMap<>();
    private final Map<Long, Integer> byHandle = new HashMap<>();
    /** Descriptors taken by something the model does not represent (the harness's terminal). */
    private final Set<Integer> reserved;

    FdTable(Set<Integer> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    /** Installs a new descriptor for {@code f} at the lowest free number and returns it. */
    int install(OpenFile f) {
        int fd = 0;
        while (reserved.contains(fd) || byFd.containsKey(fd)) {
            fd++;
        }
        installAt(fd, f);
        return fd;
    }

    /** Installs at a chosen number: inheritance keeps the parent's numbers, stdio is 0 and 1. */
    void installAt(int fd, OpenFile f) {
        if (byFd.containsKey(fd) || reserved.contains(fd)) {
            throw new IllegalStateException("fd " + fd + " is taken");
        }
        byFd.put(fd, f);
        byHandle.put(f.handle.id(), fd);
        f.refs++;
    }

    /** This process's descriptor for the handle, or -1 when it holds none. */
    int fdOf(Handle h) {
        Integer fd = byHandle.get(h.id());
        return fd == null ? -1 : fd;
    }

    OpenFile get(int fd) {
        return byFd.get(fd);
    }

    OpenFile remove(int fd) {
        OpenFile f = byFd.remove(fd);
        if (f != null) {
            byHandle.remove(f.handle.id());
        }
        return f;
    }

    List<Integer> descriptors() {
        return new ArrayList<>(byFd.keySet());
    }
}
