package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/**
 * One model kernel's shared memory segments and semaphores, both families: the names, the
 * handles and mappings each process holds, the SEM_UNDO adjustments, and what a process's end
 * does to them (detach everything, apply the adjustments). Everything under the kernel's lock.
 */
public final class IpcModel {
    final Kernel k;
    final Map<String, Segment> segments = new HashMap<>();
    final Map<String, SemaphoreSet> sets = new HashMap<>();
    private final Map<Long, Ref> handles = new HashMap<>();
    private final Map<Long, Attachment> attachments = new LinkedHashMap<>();
    private final Map<ModelProcess, Map<SemaphoreSet, int[]>> semadj = new HashMap<>();
    private long nextMapping = 1;

    /** A process's handle on an object; System V ids are global, POSIX descriptors are the owner's. */
    record Ref(Object object, ModelProcess owner, IpcFamily family) {
    }

    public IpcModel(Kernel kernel) {
        this.k = kernel;
        kernel.onProcessGone(this::processGone);
    }

    public SharedMemoryCalls sharedMemory(ModelProcess p, IpcFamily family) {
        return new ModelSharedMemory(this, p, family);
    }

    public SemaphoreCalls semaphores(ModelProcess p, IpcFamily family) {
        return new ModelSemaphores(this, p, family);
    }

    static String key(IpcFamily family, String name) {
        return family + "/" + name;
    }

    static String external(IpcFamily family, String name) {
        return family == IpcFamily.SYSTEM_V ? String.format("model key 0x%08x", name.hashCode() & 0x7fffffff) : "/" + name;
    }

    boolean faulty(Fault f) {
        return k.faults().has(f);
    }

    // ---- handles and mappings ----

    Handle hold(Object object, ModelProcess owner, IpcFamily family, String what) {
        Handle h = k.newHandle(object + " " + what + " by " + owner.name());
        handles.put(h.id(), new Ref(object, owner, family));
        return h;
    }

    <T> T object(Handle h, ModelProcess user, Class<T> type, String op) {
        Ref ref = handles.get(h.id());
        if (ref == null || !type.isInstance(ref.object())) {
            throw Errno.EBADF.exception(op + " (" + h + " is no " + type.getSimpleName() + " handle of this model)");
        }
        if (ref.family() == IpcFamily.POSIX && ref.owner() != user) {
            throw Errno.EBADF.exception(op + " (" + h + " is a descriptor of " + ref.owner().name() + ")");
        }
        return type.cast(ref.object());
    }

    void release(Handle h) {
        handles.remove(h.id());
    }

    Attachment attach(ModelProcess p, Segment s) {
        s.attached++;
        long id = nextMapping++;
        Mapping m = new Mapping(id, s.data.length, "mapping#" + id + " of " + s + " in " + p.name());
        byte[] view = s.data;
        Attachment a;
        if (faulty(Fault.SEGMENT_COPIED_PER_PROCESS) || faulty(Fault.STORE_VISIBLE_AFTER_SYSCALL)) {
            view = s.data.clone();
        }
        a = new Attachment(m, p, s, view);
        if (faulty(Fault.STORE_VISIBLE_AFTER_SYSCALL)) {
            a.dirty = new boolean[view.length];
        }
        attachments.put(id, a);
        return a;
    }

    Attachment attachment(Mapping m, ModelProcess user, String op) {
        Attachment a = attachments.get(m.id());
        if (a == null || a.owner != user) {
            throw Errno.EFAULT.exception(op + " (" + m + " is not mapped in " + user.name() + ")");
        }
        return a;
    }

    void detach(Attachment a) {
        attachments.remove(a.mapping.id());
        a.segment.detached();
        k.wakeAll();
    }

    /** store-visible-after-syscall: what a call of {@code p} does to its cached mappings. */
    void synchronise(ModelProcess p) {
        for (Attachment a : attachments.values()) {
            if (a.owner == p) {
                a.synchronise();
            }
        }
    }

    // ---- permissions: every object is created 0600 ----

    /**
     * Whether {@code p} may use an object of mode 0600 owned by {@code ownerUid}: its owner may,
     * and a process that overrides permissions (root); another user may not, unless {@code ignored}
     * (a planted fault) says so.
     */
    static boolean permitted(ModelProcess p, int ownerUid, boolean ignored) {
        return ignored || p.overridesPermissions() || p.uid() == ownerUid;
    }

    /** EACCES unless {@link #permitted}; {@code what} names the object in the error. */
    static void checkAccess(ModelProcess p, int ownerUid, boolean ignored, String op, Object what) {
        if (!permitted(p, ownerUid, ignored)) {
            throw Errno.EACCES.exception(op + " (" + what + " is 0600, owned by uid " + ownerUid + "; " + p.name()
                    + " runs as uid " + p.uid() + ")");
        }
    }

    /** EPERM unless {@link #permitted}: IPC_SET and IPC_RMID are the owner's, whatever the mode. */
    static void checkOwner(ModelProcess p, int ownerUid, boolean ignored, String op, Object what) {
        if (!permitted(p, ownerUid, ignored)) {
            throw Errno.EPERM.exception(op + " (" + p.name() + ", uid " + p.uid() + ", does not own " + what + ")");
        }
    }

    // ---- semop: the one place where a semaphore operation is decided ----

    /**
     * Applies {@code ops} to {@code set} for {@code p}: all at once when every one can proceed,
     * else fails with EAGAIN ({@code nonBlocking}) or sleeps until they can. A value never goes
     * below zero; an operation of 0 waits for zero.
     */
    void semop(ModelProcess p, SemaphoreSet set, List<SemaphoreOp> ops, boolean nonBlocking, String op,
               Consumer<BooleanSupplier> asleep, Runnable awake) {
        semop(p, set, ops, nonBlocking, op, asleep, awake, null);
    }

    /** The same, sleeping at most until {@code timeout}'s deadline when it is not null (a timed wait). */
    void semop(ModelProcess p, SemaphoreSet set, List<SemaphoreOp> ops, boolean nonBlocking, String op,
               Consumer<BooleanSupplier> asleep, Runnable awake, SemTimeout timeout) {
        for (SemaphoreOp o : ops) {
            if (o.index() < 0 || o.index() >= set.values.length) {
                throw Errno.EINVAL.exception(op + " (" + set + " has " + set.values.length + " members, not index " + o.index() + ")");
            }
        }
        int applied = 0;
        long raisesWhenAsleep = -1;
        while (true) {
            if (set.removed) {
                throw Errno.EIDRM.exception(op + " (" + set + " was removed)");
            }
            if (faulty(Fault.PARTIAL_SEMOP)) {
                while (applied < ops.size() && canApply(set.values, ops.get(applied))) {
                    apply(p, set, ops.get(applied));
                    applied++;
                }
                if (applied == ops.size()) {
                    return;
                }
            } else {
                // semaphore-does-not-exclude: a sleeper woken after a post goes in without looking at the value.
                boolean herd = faulty(Fault.SEMAPHORE_DOES_NOT_EXCLUDE) && raisesWhenAsleep >= 0 && set.raises != raisesWhenAsleep;
                if (herd || faulty(Fault.SEMAPHORE_GOES_NEGATIVE) || canApplyAll(set.values, ops)) {
                    for (SemaphoreOp o : ops) {
                        apply(p, set, o);
                    }
                    return;
                }
            }
            if (nonBlocking) {
                throw Errno.EAGAIN.exception(op + " (" + set + " at " + java.util.Arrays.toString(set.values) + ")");
            }
            if (faulty(Fault.WAIT_DOES_NOT_BLOCK)) {
                return;
            }
            if (timeout != null) {
                timeout.beforeSleep(op, faulty(Fault.SEM_TIMEOUT_AT_ONCE));
            }
            long raises = set.raises;
            raisesWhenAsleep = raises;
            // What would let this sleeper through now: the increment loops' scheduler asks it.
            asleep.accept(() -> set.removed || faulty(Fault.SEMAPHORE_GOES_NEGATIVE) || canApplyAll(set.values, ops)
                    || (faulty(Fault.SEMAPHORE_DOES_NOT_EXCLUDE) && set.raises != raises));
            try {
                String detail = "semop on " + set + " at " + java.util.Arrays.toString(set.values);
                if (timeout == null) {
                    k.sleep(p, op, detail);
                } else {
                    k.sleepUntil(p, op, detail, timeout.clock(), timeout.absolute());
                }
            } finally {
                awake.run();
            }
        }
    }

    private static boolean canApply(int[] values, SemaphoreOp o) {
        int v = values[o.index()];
        return o.delta() == 0 ? v == 0 : v + o.delta() >= 0;
    }

    /** Checks the operations in order on a copy: one member may appear several times. */
    private static boolean canApplyAll(int[] values, List<SemaphoreOp> ops) {
        int[] after = values.clone();
        for (SemaphoreOp o : ops) {
            if (!canApply(after, o)) {
                return false;
            }
            after[o.index()] += o.delta();
        }
        return true;
    }

    private void apply(ModelProcess p, SemaphoreSet set, SemaphoreOp o) {
        set.values[o.index()] += o.delta();
        if (o.delta() > 0) {
            set.raises++;
        }
        if (o.undo()) {
            semadj.computeIfAbsent(p, x -> new LinkedHashMap<>()).computeIfAbsent(set, x -> new int[set.values.length])
                    [o.index()] -= o.delta();
        }
        k.wakeAll();
    }

    // ---- the end of a process ----

    /** Called by the kernel when {@code p} ends (lock held): its mappings go and its SEM_UNDO adjustments apply. */
    private void processGone(ModelProcess p) {
        for (Attachment a : new ArrayList<>(attachments.values())) {
            if (a.owner == p) {
                a.synchronise();
                detach(a);
            }
        }
        Map<SemaphoreSet, int[]> adjustments = semadj.remove(p);
        if (adjustments != null && !faulty(Fault.UNDO_NOT_APPLIED)) {
            adjustments.forEach((set, adj) -> {
                for (int i = 0; i < adj.length; i++) {
                    if (adj[i] != 0 && !set.removed) {
                        // Linux clamps at zero rather than failing the exit.
                        set.values[i] = Math.max(0, set.values[i] + adj[i]);
                        set.raises += adj[i] > 0 ? 1 : 0;
                    }
                }
            });
        }
        handles.values().removeIf(ref -> ref.owner() == p && ref.family() == IpcFamily.POSIX);
    }
}
