package org.ipcconformance.adapter.jdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.adapter.jdk.process.ChildConnection;
import org.ipcconformance.adapter.jdk.process.ChildKind;
import org.ipcconformance.adapter.jdk.process.ChildProc;
import org.ipcconformance.adapter.jdk.process.SparePool;
import org.ipcconformance.adapter.jdk.self.SelfProc;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.PipedChildCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SpawnCalls;

/**
 * One spec's run on the jdk adapter: the harness JVM as self, and the child JVMs it started. It
 * is self's spawning facets, since it owns the children (its close kills them).
 */
final class JdkSandbox implements Sandbox, SpawnCalls, PipedChildCalls, SandboxScope {
    private final SandboxContext context;
    private final SparePool children;
    private final int pipeBuf;
    private final SelfProc self;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger processes = new AtomicInteger();
    private final List<ChildProc> started = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<Path> removeAtClose = ConcurrentHashMap.newKeySet();

    JdkSandbox(SandboxContext context, SparePool children, int pipeBuf) {
        this.context = context;
        this.children = children;
        this.pipeBuf = pipeBuf;
        this.self = new SelfProc(this, this, this, pipeBuf);
    }

    @Override
    public String adapterId() {
        return JdkFeatures.ID;
    }

    @Override
    public Features features() {
        return JdkFeatures.features();
    }

    @Override
    public Proc self() {
        return self;
    }

    @Override
    public Path directory() {
        return context.directory();
    }

    @Override
    public SandboxContext context() {
        return context;
    }

    @Override
    public Optional<Agent> child(Proc proc) {
        for (ChildProc c : started) {
            if (c == proc) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public void removeAtClose(Path path) {
        removeAtClose.add(path);
    }

    @Override
    public long nextId() {
        return ids.incrementAndGet();
    }

    /**
     * A JVM child's SIGPIPE is handled by the JVM (a write gets EPIPE), and no JDK API changes it.
     * Without inherited handles the disposition is unobservable by the specs' handles, so DEFAULT
     * (the record's default value) is accepted there; asking for inheritance is what cannot be done.
     */
    @Override
    public Proc spawnChild(ChildOptions options) {
        if (!options.inherit().isEmpty()) {
            throw JdkFeatures.missing(Feature.HANDLE_INHERITANCE);
        }
        if (options.unprivileged()) {
            throw JdkFeatures.missing(Feature.UNPRIVILEGED_CHILD);
        }
        return spawn(ChildKind.PLAIN, "child");
    }

    @Override
    public Proc spawnUnrelated() {
        return spawn(ChildKind.PLAIN, "unrelated");
    }

    /** The child's fd 0 and fd 1 are pipes; the parent's ends are the Process's streams. */
    @Override
    public PipedChild spawnPipedChild() {
        ChildProc child = spawn(ChildKind.PIPED, "child");
        Process process = child.connection().process();
        Handle toChild = new Handle(nextId(), "pipe to " + child.name() + " stdin (write end)");
        Handle fromChild = new Handle(nextId(), "pipe from " + child.name() + " stdout (read end)");
        Handle childStdin = new Handle(nextId(), child.name() + " stdin (fd 0)");
        Handle childStdout = new Handle(nextId(), child.name() + " stdout (fd 1)");
        self.hold(toChild, process.getOutputStream(), process);
        self.hold(fromChild, process.getInputStream(), process);
        child.hold(childStdin, Protocol.STDIN);
        child.hold(childStdout, Protocol.STDOUT);
        return new PipedChild(child, toChild, fromChild, childStdin, childStdout);
    }

    private ChildProc spawn(ChildKind kind, String role) {
        ensureOpen();
        ChildConnection connection = children.take(kind);
        ChildProc child = new ChildProc(role + "-" + processes.incrementAndGet(), connection, this, pipeBuf);
        started.add(child);
        if (closed.get()) {
            connection.close();
            throw closedError();
        }
        return child;
    }

    /** Kills every child (all at once, then reaps them), then closes self's ends. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (ChildProc child : started) {
            child.connection().destroyForcibly();
        }
        for (ChildProc child : started) {
            child.connection().close();
            removeAtClose.add(child.connection().signalLog());
        }
        self.closeAll();
        for (Path path : removeAtClose) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new HarnessException("cannot remove " + path + ", which a process of " + context.label() + " created: " + e, e);
            }
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw closedError();
        }
    }

    private HarnessException closedError() {
        return new HarnessException("the sandbox of " + context.label() + " on jdk is closed: no process can be started in it");
    }
}
