package org.ipcconformance.adapter.natives.ipc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.ObjectName;

/**
 * One sandbox's shared memory segments and semaphores: how each spec name maps to a kernel key or
 * name, which handles and mappings each process holds, and what must go when the sandbox closes.
 * Closing (after every agent is dead) unmaps what self mapped and removes every object still there.
 */
public final class IpcObjects implements AutoCloseable {
    /** Appended to a ledger kind: a candidate key found taken by someone else's object (see the message queues' cleaner). */
    static final String TAKEN = "-taken";

    /** Kinds of kernel object, also the kinds written into the run's ledger. */
    enum Kind {
        SYSV_SHM("sysv-shm"), SYSV_SEM("sysv-sem"), POSIX_SHM("posix-shm"), POSIX_SEM("posix-sem");

        final String ledger;

        Kind(String ledger) {
            this.ledger = ledger;
        }

        static Kind of(boolean memory, IpcFamily family) {
            if (family == IpcFamily.SYSTEM_V) {
                return memory ? SYSV_SHM : SYSV_SEM;
            }
            return memory ? POSIX_SHM : POSIX_SEM;
        }
    }

    /** A kernel object the sandbox created: its System V key and id, or its POSIX name. */
    static final class KernelObject {
        final Kind kind;
        final String name;
        final int key;
        final String posixName;
        volatile int id = -1;

        KernelObject(Kind kind, String name, int key, String posixName) {
            this.kind = kind;
            this.name = name;
            this.key = key;
            this.posixName = posixName;
        }

        String external() {
            return posixName != null ? posixName : String.format("key 0x%08x", key);
        }
    }

    /** A process's handle: the object and the process's own value (System V id, POSIX fd or sem_t). */
    record Held(Handle handle, KernelObject object, NativeProc owner, long local) {
    }

    /** A process's mapping: where it lives in that process. */
    record Mapped(Mapping mapping, NativeProc owner, long address, long size, IpcFamily family) {
    }

    private final SandboxContext context;
    private final MemoryUse selfMemory = new MemoryUse();
    private final SelfIpcCalls selfCalls = new SelfIpcCalls(selfMemory);
    private final Map<String, KernelObject> created = new LinkedHashMap<>();
    private final Map<Long, Held> handles = new ConcurrentHashMap<>();
    private final Map<Long, Mapped> mappings = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private boolean closed;

    public IpcObjects(SandboxScope scope) {
        this.context = scope.context();
    }

    public SharedMemoryCalls sharedMemory(NativeProc proc, IpcFamily family) {
        return new NativeSharedMemory(this, proc, callsOf(proc), family);
    }

    public SemaphoreCalls semaphores(NativeProc proc, IpcFamily family) {
        return new NativeSemaphores(this, proc, callsOf(proc), family);
    }

    private IpcCalls callsOf(NativeProc proc) {
        if (proc instanceof AgentProc agent) {
            return new AgentIpcCalls(agent);
        }
        return selfCalls;
    }

    // ---- names ----

    ObjectName nameOf(Kind kind, String name) {
        KernelObject known = known(kind, name);
        if (known != null) {
            return new ObjectName(name, known.external());
        }
        return new ObjectName(name, fresh(kind, name, 0).external());
    }

    /** The object a name stands for: the one created in this sandbox, or where it would be (attempt 0). */
    synchronized KernelObject find(Kind kind, String name) {
        KernelObject known = known(kind, name);
        return known != null ? known : fresh(kind, name, 0);
    }

    private synchronized KernelObject known(Kind kind, String name) {
        return created.get(kind + "/" + name);
    }

    private KernelObject fresh(Kind kind, String name, int attempt) {
        return switch (kind) {
            case SYSV_SHM, SYSV_SEM -> new KernelObject(kind, name, KernelObjects.sysvKey(context, name, attempt), null);
            case POSIX_SHM, POSIX_SEM -> new KernelObject(kind, name, 0, KernelObjects.posixName(context, name));
        };
    }

    /**
     * Creates an object: each candidate is written into the ledger before the call that creates it;
     * a System V key already taken (EEXIST) moves on to the next key of the name.
     */
    /** What a creation gave: the object and the creating process's own value for it. */
    record Created(KernelObject object, long local) {
    }

    Created create(Kind kind, String name, java.util.function.ToLongFunction<KernelObject> make) {
        synchronized (this) {
            if (closed) {
                throw new HarnessException("creating " + name + " in a closed sandbox (" + context.label() + ")");
            }
        }
        boolean sysv = kind == Kind.SYSV_SHM || kind == Kind.SYSV_SEM;
        int attempts = sysv ? 16 : 1;
        IpcException taken = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            KernelObject candidate = fresh(kind, name, attempt);
            KernelObjects.record(context.run(), kind.ledger, sysv ? String.format("0x%08x", candidate.key) : candidate.posixName);
            long local;
            try {
                local = make.applyAsLong(candidate);
            } catch (IpcException e) {
                if (sysv && e.error() == IpcError.ALREADY_EXISTS && known(kind, name) == null) {
                    // Another owner holds this key: mark it so that no sweep removes that object, try the next key.
                    KernelObjects.record(context.run(), kind.ledger + TAKEN, String.format("0x%08x", candidate.key));
                    taken = e;
                    continue;
                }
                throw e;
            }
            if (sysv) {
                candidate.id = (int) local;
            }
            synchronized (this) {
                created.put(kind + "/" + name, candidate);
            }
            return new Created(candidate, local);
        }
        throw new HarnessException("no free System V key for " + name + " after " + attempts + " attempts: " + taken.getMessage());
    }

    // ---- handles and mappings ----

    Handle hold(KernelObject object, NativeProc owner, long local, String verb) {
        Handle h = new Handle(ids.incrementAndGet(), object.name + " (" + object.external() + ") " + verb + " by " + owner.name());
        handles.put(h.id(), new Held(h, object, owner, local));
        return h;
    }

    Held held(Handle h, NativeProc user, String what) {
        Held held = handles.get(h.id());
        if (held == null) {
            throw new HarnessException(what + ": " + h + " is not a shared memory or semaphore handle of this sandbox");
        }
        // A System V id is global; a POSIX descriptor or sem_t belongs to the process that opened it.
        boolean sysv = held.object.kind == Kind.SYSV_SHM || held.object.kind == Kind.SYSV_SEM;
        if (!sysv && held.owner != user) {
            throw new IpcException(IpcError.BAD_DESCRIPTOR, what, h + " belongs to " + held.owner.name());
        }
        return held;
    }

    void release(Handle h) {
        handles.remove(h.id());
    }

    Mapping map(NativeProc owner, long address, long size, IpcFamily family, KernelObject object) {
        long id = ids.incrementAndGet();
        Mapping m = new Mapping(id, (int) size, "mapping#" + id + " of " + object.name + " in " + owner.name()
                + " at 0x" + Long.toHexString(address));
        mappings.put(id, new Mapped(m, owner, address, size, family));
        return m;
    }

    Mapped mapped(Mapping m, NativeProc user, String what, long offset, long length) {
        Mapped mapped = mappings.get(m.id());
        if (mapped == null) {
            throw new HarnessException(what + ": " + m + " is not mapped (detached already?)");
        }
        if (mapped.owner != user) {
            throw new HarnessException(what + ": " + m + " lives in " + mapped.owner.name()
                    + "'s address space, not in " + user.name() + "'s");
        }
        if (offset < 0 || length < 0 || offset + length > mapped.size) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, what, "outside the " + mapped.size + "-byte mapping");
        }
        return mapped;
    }

    void unmap(Mapping m) {
        mappings.remove(m.id());
    }

    // ---- the end of the sandbox ----

    /** Called after every agent is dead: self unmaps and closes, then every object still there is removed. */
    @Override
    public void close() {
        List<KernelObject> objects;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            objects = new ArrayList<>(created.values());
        }
        selfMemory.close();
        for (Mapped m : List.copyOf(mappings.values())) {
            if (!m.owner.isStarted()) {
                quietly(() -> {
                    if (m.family == IpcFamily.SYSTEM_V) {
                        selfCalls.shmdt("shmdt at close", m.address);
                    } else {
                        selfCalls.munmap("munmap at close", m.address, m.size);
                    }
                });
            }
        }
        mappings.clear();
        for (Held h : List.copyOf(handles.values())) {
            if (!h.owner.isStarted() && h.object.kind == Kind.POSIX_SHM) {
                quietly(() -> selfCalls.closeFd("close at sandbox close", (int) h.local));
            } else if (!h.owner.isStarted() && h.object.kind == Kind.POSIX_SEM) {
                quietly(() -> selfCalls.semClose("sem_close at sandbox close", h.local));
            }
        }
        handles.clear();
        for (KernelObject o : objects) {
            quietly(() -> remove(o));
        }
    }

    /** Removes an object if it is still ours: a System V id is checked against the key, so a reused id is never touched. */
    private void remove(KernelObject o) {
        switch (o.kind) {
            case SYSV_SHM -> {
                int id = selfCalls.shmget("shmget at close", o.key, 0, false);
                selfCalls.shmRemove("shmctl IPC_RMID at close", id);
            }
            case SYSV_SEM -> {
                int id = selfCalls.semget("semget at close", o.key, 0, false, 0);
                selfCalls.semRemove("semctl IPC_RMID at close", id);
            }
            case POSIX_SHM -> selfCalls.shmUnlink("shm_unlink at close", o.posixName);
            case POSIX_SEM -> selfCalls.semUnlink("sem_unlink at close", o.posixName);
        }
    }

    /** What is gone already (the spec removed it) is no failure at close. */
    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (IpcException e) {
            if (e.error() != IpcError.NO_SUCH_FILE && e.error() != IpcError.INVALID_ARGUMENT && e.error() != IpcError.REMOVED) {
                throw e;
            }
        }
    }
}
