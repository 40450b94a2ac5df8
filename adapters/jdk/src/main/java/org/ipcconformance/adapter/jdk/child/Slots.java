package org.ipcconformance.adapter.jdk.child;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.ipcconformance.adapter.jdk.io.NotHeldException;

/** The child's open objects by slot, its descriptor table: pipe ends, files, shared memory objects, sockets. */
final class Slots {
    private final Map<Integer, Object> ends = new HashMap<>();
    private int next = 3;

    void put(int slot, Object end) {
        ends.put(slot, end);
    }

    int add(Object end) {
        int slot = next++;
        ends.put(slot, end);
        return slot;
    }

    Object get(int slot) throws NotHeldException {
        Object end = ends.get(slot);
        if (end == null) {
            throw new NotHeldException("this child holds no end with slot " + slot);
        }
        return end;
    }

    /** The object in a slot, which must be of {@code type}: using a pipe end as a socket is EBADF here too. */
    <T> T get(int slot, Class<T> type, String what) throws NotHeldException {
        Object end = get(slot);
        if (!type.isInstance(end)) {
            throw new NotHeldException("slot " + slot + " of this child is not " + what);
        }
        return type.cast(end);
    }

    Collection<Object> all() {
        return ends.values();
    }
}
