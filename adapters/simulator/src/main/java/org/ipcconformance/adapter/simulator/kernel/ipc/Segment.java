package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * A shared memory object of the model: its bytes, how many mappings it has, and its System V
 * removal state (marked SHM_DEST, destroyed at the last detach). Guarded by the kernel's lock.
 */
final class Segment {
    final IpcFamily family;
    final String name;
    final byte[] data;
    int attached;
    /** System V: IPC_RMID was called; the segment goes at the last detach. */
    boolean removed;
    /** The memory is gone: every access through a mapping fails. */
    boolean destroyed;
    /** The creator's user: with mode 0600 only it (and a process that overrides permissions) may use the segment. */
    int ownerUid;
    /** Steps (loads and stores) of the increment loops, and for each process in one, whether it could run now. */
    long steps;
    final Map<Object, BooleanSupplier> incrementers = new LinkedHashMap<>();

    Segment(IpcFamily family, String name, int size) {
        this.family = family;
        this.name = name;
        this.data = new byte[size];
    }

    void detached() {
        attached--;
        if (family == IpcFamily.SYSTEM_V && removed && attached == 0) {
            destroyed = true;
        }
    }

    @Override
    public String toString() {
        return (family == IpcFamily.SYSTEM_V ? "segment " : "shared memory object ") + name;
    }
}
