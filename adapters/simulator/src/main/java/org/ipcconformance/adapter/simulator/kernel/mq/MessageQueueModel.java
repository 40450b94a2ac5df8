package org.ipcconformance.adapter.simulator.kernel.mq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * The kernel's message-queue tables: System V keys and ids, POSIX names, and each process's POSIX
 * descriptors. The queues live here, beyond every process. Guarded by the kernel's lock.
 */
public final class MessageQueueModel {
    final Kernel kernel;
    final Map<Integer, ModelQueue> sysvByKey = new HashMap<>();
    final Map<Integer, ModelQueue> sysvById = new HashMap<>();
    final Map<String, ModelQueue> posixByName = new HashMap<>();
    /** What each handle stands for: a System V id (global) or a POSIX queue (with per-process descriptors). */
    final Map<Long, Object> handles = new HashMap<>();
    /** process -> handle id -> the POSIX queue its descriptor is open on. */
    final Map<ModelProcess, Map<Long, ModelQueue>> descriptors = new HashMap<>();
    int nextId = 1;

    public MessageQueueModel(Kernel kernel) {
        this.kernel = kernel;
        kernel.onProcessGone(this::processGone);
    }

    /** The calls of one family made by one process. */
    public MessageQueueCalls calls(ModelProcess p, IpcFamily family) {
        return family == IpcFamily.SYSTEM_V ? new SysvCalls(this, p) : new PosixCalls(this, p);
    }

    boolean has(Fault fault) {
        return kernel.faults().has(fault);
    }

    /**
     * Mode 0600: read and write for the owner alone. Another user's process fails with EACCES
     * unless it overrides permissions (root); {@code op} names the call in the error.
     */
    void checkAccess(ModelProcess p, ModelQueue q, String op) {
        if (!permitted(p, q)) {
            throw Errno.EACCES.exception(op + " (" + q.label + " is 0600, owned by uid " + q.ownerUid + "; " + p.name()
                    + " runs as uid " + p.uid() + ")");
        }
    }

    /** Whether {@code p} may use {@code q}; under mq-permissions-ignored everyone may. */
    boolean permitted(ModelProcess p, ModelQueue q) {
        return has(Fault.MQ_PERMISSIONS_IGNORED) || p.overridesPermissions() || p.uid() == q.ownerUid;
    }

    /** A key from the sandbox's prefix and the spec's name; the model has no other objects to collide with. */
    int keyOf(String name) {
        byte[] text = (kernel.objectPrefix() + name).getBytes(StandardCharsets.UTF_8);
        int h = 0x1234567;
        for (byte b : text) {
            h = h * 31 + b;
        }
        h &= 0x7fffffff;
        return h == 0 ? 1 : h;
    }

    String posixName(String name) {
        return kernel.objectPrefix() + name;
    }

    Object ref(Handle h, IpcFamily family) {
        Object ref = handles.get(h.id());
        if (ref == null || (ref instanceof Integer) != (family == IpcFamily.SYSTEM_V)) {
            throw new HarnessException(h + " is not a " + family.title() + " message queue handle of this sandbox");
        }
        return ref;
    }

    /** A process's end closes its POSIX descriptors; under mq-forgets-on-last-close the last user's end destroys a queue. */
    private void processGone(ModelProcess p) {
        Map<Long, ModelQueue> open = descriptors.remove(p);
        if (open != null) {
            for (ModelQueue q : open.values()) {
                q.openDescriptors--;
                forgetIfUnused(q);
            }
        }
        for (ModelQueue q : new ArrayList<>(sysvById.values())) {
            q.users.remove(p);
            forgetIfUnused(q);
        }
    }

    /** mq-forgets-on-last-close: a queue with no user left vanishes, like a pipe's buffer. */
    void forgetIfUnused(ModelQueue q) {
        if (!has(Fault.MQ_FORGETS_ON_LAST_CLOSE) || q.openDescriptors > 0 || !q.users.isEmpty()) {
            return;
        }
        q.destroyed = true;
        q.clear();
        sysvByKey.values().remove(q);
        sysvById.values().remove(q);
        posixByName.values().remove(q);
        kernel.wakeAll();
    }
}
