package org.ipcconformance.adapter.natives.mq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * The message queues of one sandbox, shared by all its processes: which key each spec name got
 * (so that every process finds the same queue by name), what each handle stands for, which
 * POSIX descriptor each process holds, and what was created, to be removed when the sandbox
 * closes (after its processes are gone) if the spec did not remove it.
 */
public final class MqSandbox implements AutoCloseable {
    /** The ledger kinds of the objects; the leftover cleaner removes these. */
    static final String SYSV_KIND = "sysv-msg";
    static final String POSIX_KIND = "posix-mq";
    /** A candidate key that msgget found taken by a queue not of this run: the cleaner leaves it alone. */
    static final String SYSV_TAKEN_KIND = "sysv-msg-taken";

    /** A queue as a handle names it: the spec's name, and the System V key and id or the POSIX name. */
    record Ref(IpcFamily family, String name, int key, int id, String posixName) {
    }

    private final SandboxScope sandbox;
    /** The process whose descriptors the close closes: the harness JVM's, as the agents are dead by then. */
    private final String selfName;
    private final Map<String, Integer> keys = new ConcurrentHashMap<>();
    private final Map<Long, Ref> refs = new ConcurrentHashMap<>();
    /** process name + handle id: the POSIX descriptor that process holds. */
    private final Map<String, Integer> descriptors = new ConcurrentHashMap<>();
    private final Set<Integer> createdKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> createdNames = ConcurrentHashMap.newKeySet();

    public MqSandbox(SandboxScope sandbox, String selfName) {
        this.sandbox = sandbox;
        this.selfName = selfName;
    }

    SandboxContext context() {
        return sandbox.context();
    }

    /** The key a spec name has in this sandbox: the one it was created under, else the first candidate. */
    int keyOf(String name) {
        Integer key = keys.get(name);
        return key != null ? key : KernelObjects.sysvKey(sandbox.context(), name, 0);
    }

    boolean hasKey(String name) {
        return keys.containsKey(name);
    }

    /** Writes a candidate key into the run's ledger, before msgget may create it. */
    void ledgerKey(int key) {
        KernelObjects.record(sandbox.context().run(), SYSV_KIND, hex(key));
    }

    /** Marks a ledgered candidate key as someone else's (msgget said EEXIST), so that no sweep removes that queue. */
    void ledgerTaken(int key) {
        KernelObjects.record(sandbox.context().run(), SYSV_TAKEN_KIND, hex(key));
    }

    /** A queue was created under {@code key} for {@code name}: later lookups use it, and the close removes it. */
    void created(String name, int key) {
        keys.put(name, key);
        createdKeys.add(key);
    }

    String posixName(String name) {
        return KernelObjects.posixName(sandbox.context(), name);
    }

    /** Writes a POSIX name into the run's ledger, before mq_open may create it. */
    void ledgerName(String posixName) {
        KernelObjects.record(sandbox.context().run(), POSIX_KIND, posixName);
        createdNames.add(posixName);
    }

    Handle newHandle(Ref ref, String description) {
        sandbox.ensureOpen(description);
        Handle handle = sandbox.ids().handle(description);
        refs.put(handle.id(), ref);
        return handle;
    }

    Ref ref(Handle handle, IpcFamily family) {
        Ref ref = refs.get(handle.id());
        if (ref == null || ref.family() != family) {
            throw new HarnessException(handle + " is not a " + family.title() + " message queue handle of this sandbox");
        }
        return ref;
    }

    void hold(String process, Handle handle, int mqd) {
        descriptors.put(process + "#" + handle.id(), mqd);
    }

    /** The descriptor {@code process} holds for the handle, or -1 (the kernel then answers EBADF). */
    int descriptor(String process, Handle handle) {
        return descriptors.getOrDefault(process + "#" + handle.id(), -1);
    }

    void release(String process, Handle handle) {
        descriptors.remove(process + "#" + handle.id());
    }

    static String hex(int key) {
        return String.format("0x%08x", key);
    }

    /**
     * Runs once every process of the sandbox is gone: closes self's queue descriptors, then
     * removes every queue created here that still exists.
     */
    @Override
    public void close() {
        List<String> failures = new ArrayList<>();
        String self = selfName + "#";
        for (Map.Entry<String, Integer> d : new ArrayList<>(descriptors.entrySet())) {
            if (d.getKey().startsWith(self)) {
                MqLibc.mq_close(d.getValue());
            }
        }
        descriptors.clear();
        for (int key : new LinkedHashSet<>(createdKeys)) {
            QueueRemoval.sysv(key).ifPresent(failures::add);
        }
        for (String name : new LinkedHashSet<>(createdNames)) {
            QueueRemoval.posix(name).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new HarnessException("message queues of " + sandbox.context().label() + " could not be removed: " + failures);
        }
    }
}
