package org.ipcconformance.adapter.simulator.kernel;

import java.util.Arrays;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Region;

/** A process's own memory: buffers it allocates and stores into, and its program's global. */
public final class MemorySyscalls {
    private final Kernel k;

    MemorySyscalls(Kernel kernel) {
        this.k = kernel;
    }

    public Region allocate(ModelProcess p, byte[] content) {
        String op = p.name() + ": malloc(" + content.length + ")";
        return k.syscall(p, op, () -> {
            long id = k.newRegionId();
            p.memory.map(id, content.clone());
            return new Region(id, content.length, "region#" + id + " of " + p.name());
        });
    }

    /** A store into the buffer, in place: what a pipe aliased (zero-copy-write) sees it. */
    public void poke(ModelProcess p, Region r, int offset, byte[] data) {
        String op = p.name() + ": store " + data.length + " bytes at " + r + "+" + offset;
        k.syscall(p, op, () -> {
            byte[] bytes = mapped(p, op, r);
            if (offset < 0 || offset + data.length > bytes.length) {
                throw Errno.EFAULT.exception(op + " (beyond the " + bytes.length + "-byte buffer)");
            }
            System.arraycopy(data, 0, bytes, offset, data.length);
            return null;
        });
    }

    public byte[] peek(ModelProcess p, Region r) {
        String op = p.name() + ": load " + r;
        return k.syscall(p, op, () -> Arrays.copyOf(mapped(p, op, r), r.size()));
    }

    /** One write(2) whose source is the process's buffer itself, not a copy of it. */
    public int writeFrom(ModelProcess p, Handle h, Region r) {
        String op = p.name() + ": write(" + h + ", " + r + ", " + r.size() + " bytes)";
        return k.syscall(p, op, () -> k.pipes().writeLocked(p, op, h, mapped(p, op, r)));
    }

    public long readGlobal(ModelProcess p) {
        return k.syscall(p, p.name() + ": load global", () -> p.memory.global().value);
    }

    public void writeGlobal(ModelProcess p, long value) {
        k.syscall(p, p.name() + ": store global = " + value, () -> {
            p.memory.global().value = value;
            return null;
        });
    }

    private static byte[] mapped(ModelProcess p, String op, Region r) {
        byte[] bytes = p.memory.region(r.id());
        if (bytes == null) {
            throw Errno.EFAULT.exception(op + " (" + r + " is not mapped in " + p.name() + ")");
        }
        return bytes;
    }
}
