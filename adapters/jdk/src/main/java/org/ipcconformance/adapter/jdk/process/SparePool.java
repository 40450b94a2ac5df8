package org.ipcconformance.adapter.jdk.process;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * Child JVMs started ahead of demand: a JVM's start-up (~0.1-0.3 s) is the whole cost of a
 * spawn, so each spawn also starts the next child of its kind, which boots while the spec runs;
 * taking it later only waits for what is left of its start-up. Spares are discarded at close.
 * The process itself is started on the caller's thread, inside the spec's own request (see
 * {@link ChildLauncher#start}); only the wait for its greeting runs in the background.
 */
public final class SparePool implements ProcessRegistry, AutoCloseable {
    /** How many spares of each kind to keep: {@code -Dipc.jdk.spares=<plain>,<piped>}; 0,0 starts children on demand. */
    public static final String SPARES_PROPERTY = "ipc.jdk.spares";

    private final ChildLauncher launcher;
    private final Map<ChildKind, Integer> targets;
    private final Map<ChildKind, Deque<CompletableFuture<ChildConnection>>> spares = new EnumMap<>(ChildKind.class);
    private final Set<Process> unadopted = ConcurrentHashMap.newKeySet();
    private final List<Duration> startups = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService starter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jdk-adapter-spare-connect");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    public SparePool(ChildLauncher launcher, Map<ChildKind, Integer> targets) {
        this.launcher = launcher;
        this.targets = new EnumMap<>(targets);
        for (ChildKind kind : ChildKind.values()) {
            spares.put(kind, new ArrayDeque<>());
            this.targets.putIfAbsent(kind, 0);
        }
    }

    /** The default targets: two plain children (a spec may want a child and an unrelated process), one piped. */
    public static Map<ChildKind, Integer> targetsFromSystemProperty() {
        String value = System.getProperty(SPARES_PROPERTY, "2,1");
        String[] parts = value.split(",");
        try {
            return Map.of(ChildKind.PLAIN, Integer.parseInt(parts[0].strip()),
                    ChildKind.PIPED, parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1);
        } catch (NumberFormatException e) {
            throw new HarnessException("-D" + SPARES_PROPERTY + "=" + value + " is not <plain>,<piped> (two numbers, e.g. 2,1)");
        }
    }

    /** Starts the spares; they boot in the background. */
    public void prestart() {
        for (ChildKind kind : ChildKind.values()) {
            refill(kind);
        }
    }

    /** A connected child of that kind: a spare if one is ready or starting, else one started now. */
    public ChildConnection take(ChildKind kind) {
        CompletableFuture<ChildConnection> spare;
        synchronized (this) {
            ensureOpen();
            spare = spares.get(kind).poll();
        }
        ChildConnection child = null;
        if (spare != null) {
            try {
                child = spare.join();
            } catch (CompletionException | CancellationException e) {
                child = null; // start one now: if that fails too, its failure is the one reported
            }
            if (child != null && !child.process().isAlive()) {
                child.discard();
                child = null;
            }
        }
        if (child == null) {
            child = launch(kind);
        }
        unadopted.remove(child.process());
        refill(kind);
        return child;
    }

    /** Start-up time of every child started so far (from start() to the agent's greeting). */
    public List<Duration> startups() {
        synchronized (startups) {
            return List.copyOf(startups);
        }
    }

    @Override
    public void started(Process process) {
        synchronized (this) {
            if (closed) {
                process.destroyForcibly();
                throw new HarnessException("the jdk adapter was closed while a child JVM started");
            }
            unadopted.add(process);
        }
    }

    /** Kills every spare, started or starting, and waits for them. Idempotent. */
    @Override
    public void close() {
        List<CompletableFuture<ChildConnection>> pending = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            spares.values().forEach(pending::addAll);
            spares.values().forEach(Deque::clear);
        }
        unadopted.forEach(Process::destroyForcibly);
        for (CompletableFuture<ChildConnection> f : pending) {
            f.whenComplete((child, failure) -> {
                if (child != null) {
                    child.discard();
                }
            });
        }
        starter.shutdownNow();
        boolean interrupted = false;
        try {
            starter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        for (Process p : unadopted) {
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
            ChildConnection.closeStreams(p);
        }
        unadopted.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private ChildConnection launch(ChildKind kind) {
        return connected(launcher.launch(kind, this));
    }

    /** Starts spares of a kind up to its target; a failure is kept for the next take to retry and report. */
    private void refill(ChildKind kind) {
        while (true) {
            synchronized (this) {
                if (closed || spares.get(kind).size() >= targets.get(kind)) {
                    return;
                }
            }
            CompletableFuture<ChildConnection> spare;
            try {
                ChildLauncher.Starting starting = launcher.start(kind, this);
                spare = CompletableFuture.supplyAsync(() -> connected(launcher.connect(starting)), starter);
            } catch (RuntimeException e) {
                spare = CompletableFuture.failedFuture(e);
            }
            synchronized (this) {
                if (closed) {
                    spare.whenComplete((child, failure) -> {
                        if (child != null) {
                            child.close();
                        }
                    });
                    return;
                }
                spares.get(kind).add(spare);
                if (spare.isCompletedExceptionally()) {
                    return;
                }
            }
        }
    }

    private ChildConnection connected(ChildConnection child) {
        startups.add(child.startup());
        return child;
    }

    private void ensureOpen() {
        if (closed) {
            throw new HarnessException("the jdk adapter is closed: open it again to start child JVMs");
        }
    }
}
