package org.ipcconformance.adapter.natives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ipcconformance.adapter.natives.agent.AgentLauncher;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.self.SelfProc;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SandboxContext;

/**
 * One spec's run on the native adapter: the harness JVM as self, the agents it started, and
 * the descriptors and memory they hold. Closing kills and reaps every agent, then closes what
 * self opened; it is idempotent and quiet about what is gone already.
 */
public final class NativeSandbox implements Sandbox {
    private final NativeAdapter adapter;
    private final SandboxContext context;
    private final AgentLauncher launcher;
    private final SandboxIds ids = new SandboxIds();
    private final SelfProc self;
    private final List<AgentProc> children = new ArrayList<>();
    /** Each mechanism's per-sandbox state (kernel objects to remove), closed after every process is gone. */
    private final Map<Class<?>, AutoCloseable> parts = new java.util.LinkedHashMap<>();
    private boolean closed;

    NativeSandbox(NativeAdapter adapter, SandboxContext context, AgentLauncher launcher) {
        this.adapter = adapter;
        this.context = context;
        this.launcher = launcher;
        this.self = new SelfProc(this);
    }

    @Override
    public String adapterId() {
        return adapter.id();
    }

    @Override
    public Features features() {
        return adapter.features();
    }

    @Override
    public Proc self() {
        return self;
    }

    @Override
    public Path directory() {
        return context.directory();
    }

    public SandboxContext context() {
        return context;
    }

    public SandboxIds ids() {
        return ids;
    }

    public AgentLauncher launcher() {
        return launcher;
    }

    /** The processes started so far, in order. */
    public synchronized List<AgentProc> children() {
        return List.copyOf(children);
    }

    /** A mechanism's state for this sandbox, made on first use; it is closed last, after every process. */
    public synchronized <T extends AutoCloseable> T part(Class<T> type, Supplier<T> make) {
        ensureOpen(type.getSimpleName());
        return type.cast(parts.computeIfAbsent(type, t -> make.get()));
    }

    public synchronized void ensureOpen(String what) {
        if (closed) {
            throw new HarnessException(what + " in a closed sandbox (" + context.label() + ")");
        }
    }

    /** Takes charge of a started agent; one started while the sandbox closed is ended at once. */
    public void register(AgentProc child) {
        synchronized (this) {
            if (!closed) {
                children.add(child);
                return;
            }
        }
        child.release();
        throw new HarnessException(child.name() + " was started while the sandbox (" + context.label() + ") closed");
    }

    @Override
    public void close() {
        List<AgentProc> started;
        List<AutoCloseable> mechanisms;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            started = List.copyOf(children);
            mechanisms = List.copyOf(parts.values());
        }
        RuntimeException failure = null;
        // Kill every agent before waiting for any: a blocked pair ends together.
        for (AgentProc child : started) {
            try {
                child.killWithoutWaiting();
            } catch (RuntimeException e) {
                failure = keep(failure, e);
            }
        }
        for (AgentProc child : started) {
            try {
                child.release();
            } catch (RuntimeException e) {
                failure = keep(failure, e);
            }
        }
        try {
            self.release();
        } catch (RuntimeException e) {
            failure = keep(failure, e);
        }
        for (AutoCloseable part : mechanisms) {
            try {
                part.close();
            } catch (Exception e) {
                failure = keep(failure, e instanceof RuntimeException r ? r : new HarnessException(e.toString(), e));
            }
        }
        adapter.forget(this);
        if (failure != null) {
            throw new HarnessException("closing the sandbox of " + context.label() + " failed: " + failure.getMessage(), failure);
        }
    }

    private static RuntimeException keep(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
