package org.ipcconformance.spec.spi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * A process as a spec sees it, and what an adapter extends to offer one: identity
 * ({@link #name()}, {@link #pid()}) and the {@link Facets} it offers. Everything else is final
 * here, so the rules hold the same on every adapter:
 * <ul>
 *   <li>a facet the process does not offer is NOT_APPLICABLE with the reason the adapter gave
 *       for its feature ({@link FeatureMissingException});</li>
 *   <li>a started process (one that offers {@link Facet#LIFECYCLE}) runs one operation at a
 *       time: a second call while one is pending, {@link #async} ones included, is refused with a
 *       {@link HarnessException}; calls marked {@link Concurrent} observe or end it from outside
 *       and may run beside. The sandbox's own process may run several, as threads;</li>
 *   <li>signals go only to started processes ({@link Facet#SIGNAL_SEND}), sockets of a domain
 *       and type need its feature ({@link Facet#SOCKETS});</li>
 *   <li>{@link #exit()}, {@link #awaitExit()} and {@link #kill()} apply to started processes
 *       only.</li>
 * </ul>
 * Every operation runs in this process (the harness's own for {@link Sandbox#self()}, the
 * child's for a started one). Failures are {@link IpcException}s carrying a portable
 * {@link IpcError}; an operation on a process that has ended throws {@link ProcessGoneException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public abstract class Proc {
    private final Map<Facet<?>, Object> guarded = new ConcurrentHashMap<>();
    private volatile Gate gate;

    protected Proc() {
    }

    /** A short name for messages: {@code self}, {@code child-1}, {@code unrelated-2}. */
    public abstract String name();

    /** The OS process ID, or the model's; -1 when there is none. */
    public abstract long pid();

    /** The facets this process offers. Called often: build it once. */
    protected abstract Facets facets();

    /**
     * A facet of this process with the harness's rules around each call.
     *
     * @throws FeatureMissingException when the adapter lacks the facet's feature (NOT_APPLICABLE)
     * @throws HarnessException when the adapter has the feature but this process does not offer it
     */
    public final <F> F facet(Facet<F> facet) {
        Facets facets = facets();
        F implementation = facets.find(facet).orElseThrow(() -> missing(facets, facet));
        return facet.type().cast(guarded.computeIfAbsent(facet, f -> guard(facet, implementation, facets.features())));
    }

    public final PipeCalls pipes() {
        return facet(Facet.PIPES);
    }

    public final PipeCapacityCalls pipeCapacity() {
        return facet(Facet.PIPE_CAPACITY);
    }

    public final FileCalls files() {
        return facet(Facet.FILES);
    }

    public final FifoCalls fifos() {
        return facet(Facet.FIFOS);
    }

    public final MemoryCalls memory() {
        return facet(Facet.MEMORY);
    }

    public final SignalHandlerCalls signalHandlers() {
        return facet(Facet.SIGNAL_HANDLERS);
    }

    public final SignalMaskCalls signalMask() {
        return facet(Facet.SIGNAL_MASK);
    }

    public final SignalSendCalls signalSend() {
        return facet(Facet.SIGNAL_SEND);
    }

    public final RealtimeSignalCalls realtimeSignals() {
        return facet(Facet.REALTIME_SIGNALS);
    }

    public final SignalFaultCalls signalFaults() {
        return facet(Facet.SIGNAL_FAULTS);
    }

    public final TerminalCalls terminals() {
        return facet(Facet.TERMINALS);
    }

    public final MessageQueueCalls messageQueues(IpcFamily family) {
        return facet(Facet.messageQueues(family));
    }

    public final SharedMemoryCalls sharedMemory(IpcFamily family) {
        return facet(Facet.sharedMemory(family));
    }

    public final SemaphoreCalls semaphores(IpcFamily family) {
        return facet(Facet.semaphores(family));
    }

    public final SocketCalls sockets() {
        return facet(Facet.SOCKETS);
    }

    public final ReadinessCalls readiness() {
        return facet(Facet.READINESS);
    }

    public final WorkloadCalls workloads() {
        return facet(Facet.WORKLOADS);
    }

    // ---- identity and lifecycle ----

    /** Starts a related process, a child of this one, inheriting the chosen handles. */
    public final Proc spawnChild(ChildOptions options) {
        return facet(Facet.SPAWN).spawnChild(options);
    }

    /** Starts a process that shares nothing with this one. */
    public final Proc spawnUnrelated() {
        return facet(Facet.SPAWN).spawnUnrelated();
    }

    /** Starts a child with pipes on its standard input and output. */
    public final PipedChild spawnPipedChild() {
        return facet(Facet.PIPED_CHILDREN).spawnPipedChild();
    }

    /** What the process is doing now. */
    public final ProcState state() {
        return facet(Facet.PROCESS_STATE).state();
    }

    /** Whether an adapter started this process (it offers {@link Facet#LIFECYCLE}); false for the sandbox's own. */
    public final boolean isStarted() {
        return facets().offers(Facet.LIFECYCLE);
    }

    /** See {@link LifecycleCalls#exit()}. */
    public final void exit() {
        lifecycle("exit").exit();
    }

    /** See {@link LifecycleCalls#awaitExit()}. */
    public final ExitStatus awaitExit() {
        return lifecycle("awaitExit").awaitExit();
    }

    /** See {@link LifecycleCalls#kill()}. */
    public final void kill() {
        lifecycle("kill").kill();
    }

    /**
     * Runs {@code operation} against this process without waiting: the way to show that something
     * blocks and later completes. The process counts as busy from this call until the operation
     * ends, so a started process can have one outstanding operation.
     */
    public final <T> Pending<T> async(String description, Function<Proc, T> operation) {
        String what = name() + ": " + description;
        if (!isStarted()) {
            return Pending.start(what, harnessThreads(), () -> operation.apply(this));
        }
        Gate.Reservation reservation = gate().reserve(description);
        try {
            return Pending.start(what, harnessThreads(), () -> {
                reservation.adopt();
                try {
                    return operation.apply(this);
                } finally {
                    reservation.release();
                }
            });
        } catch (RuntimeException | Error e) {
            reservation.release();
            throw e;
        }
    }

    /**
     * Hears what the harness's threads do with this process's pending operations; an adapter that
     * decides liveness from its own model of every process overrides it (see {@link HarnessThreads}).
     */
    protected HarnessThreads harnessThreads() {
        return HarnessThreads.NONE;
    }

    @Override
    public String toString() {
        return name();
    }

    private LifecycleCalls lifecycle(String call) {
        if (!isStarted()) {
            throw new HarnessException(call + " applies to started processes only; " + name() + " is the sandbox's own process");
        }
        return facet(Facet.LIFECYCLE);
    }

    private Gate gate() {
        Gate g = gate;
        if (g == null) {
            synchronized (this) {
                if (gate == null) {
                    gate = new Gate(name());
                }
                g = gate;
            }
        }
        return g;
    }

    private RuntimeException missing(Facets facets, Facet<?> facet) {
        Feature feature = facet.feature();
        if (feature != null) {
            String reason = facets.features().reasonMissing(feature).orElse(null);
            if (reason != null) {
                return new FeatureMissingException(feature, facets.features().adapterId(), reason);
            }
        }
        return new HarnessException(name() + " offers no " + facet.title()
                + (feature == null ? "" : " although its adapter declares " + feature));
    }

    private <F> F guard(Facet<F> facet, F implementation, Features features) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return invoke(implementation, method, args);
            }
            facet.checkArguments(features, args);
            if (method.isAnnotationPresent(Concurrent.class) || !isStarted()) {
                return invoke(implementation, method, args);
            }
            Gate g = gate();
            g.enter(facet.title() + " " + method.getName());
            try {
                return invoke(implementation, method, args);
            } finally {
                g.leave();
            }
        };
        return facet.type().cast(Proxy.newProxyInstance(facet.type().getClassLoader(), new Class<?>[] {facet.type()}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
