package org.ipcconformance.spec.spi;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * A mechanism's calls as one process offers them: the interface an adapter implements and the
 * {@link Feature} that says whether it has it. A process lists its facets in {@link Proc#facets()};
 * a spec reaches one through {@link Proc}, and one the adapter lacks is NOT_APPLICABLE with the
 * reason the adapter gave for the feature. The family and domain of a call pick its feature here,
 * and nowhere else.
 *
 * @param <F> the facet's interface
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Facet<F> {
    public static final Facet<PipeCalls> PIPES = new Facet<>("pipes", PipeCalls.class, Feature.PIPES);
    public static final Facet<PipeCapacityCalls> PIPE_CAPACITY =
            new Facet<>("pipe capacity", PipeCapacityCalls.class, Feature.PIPE_CAPACITY_QUERY);
    public static final Facet<FileCalls> FILES = new Facet<>("files", FileCalls.class, Feature.FILES);
    public static final Facet<FifoCalls> FIFOS = new Facet<>("FIFOs", FifoCalls.class, Feature.FIFO);
    public static final Facet<MemoryCalls> MEMORY = new Facet<>("process memory", MemoryCalls.class, Feature.PROCESS_MEMORY);
    public static final Facet<SpawnCalls> SPAWN = new Facet<>("spawning", SpawnCalls.class, Feature.MULTI_PROCESS);
    public static final Facet<PipedChildCalls> PIPED_CHILDREN =
            new Facet<>("piped children", PipedChildCalls.class, Feature.CHILD_STDIO_PIPES);
    public static final Facet<ProcessStateCalls> PROCESS_STATE =
            new Facet<>("process state", ProcessStateCalls.class, Feature.PROCESS_STATE);
    /** Offered by every started process and never by the sandbox's own: it has no feature. */
    public static final Facet<LifecycleCalls> LIFECYCLE = new Facet<>("lifecycle", LifecycleCalls.class, null);
    public static final Facet<SignalHandlerCalls> SIGNAL_HANDLERS =
            new Facet<>("signal handlers", SignalHandlerCalls.class, Feature.SIGNAL_HANDLERS);
    public static final Facet<SignalMaskCalls> SIGNAL_MASK = new Facet<>("signal mask", SignalMaskCalls.class, Feature.SIGNAL_MASK);
    public static final Facet<SignalSendCalls> SIGNAL_SEND = new Facet<>("kill", SignalSendCalls.class, Feature.SIGNAL_SEND,
            Facet::targetsStartedProcesses);
    public static final Facet<RealtimeSignalCalls> REALTIME_SIGNALS = new Facet<>("sigqueue", RealtimeSignalCalls.class,
            Feature.REALTIME_SIGNALS, Facet::targetsStartedProcesses);
    public static final Facet<SignalFaultCalls> SIGNAL_FAULTS =
            new Facet<>("signal faults", SignalFaultCalls.class, Feature.SIGNAL_FAULTS);
    public static final Facet<TerminalCalls> TERMINALS = new Facet<>("terminals", TerminalCalls.class, Feature.TERMINAL);
    public static final Facet<WorkloadCalls> WORKLOADS = new Facet<>("measured loops", WorkloadCalls.class, Feature.WORKLOADS);
    /** Every socket domain and type; {@code socket(2)} itself needs the feature of its domain and type. */
    public static final Facet<SocketCalls> SOCKETS = new Facet<>("sockets", SocketCalls.class, null, Facet::socketFeature);
    /** poll(2) on one descriptor of any kind (pipe, FIFO, socket). */
    public static final Facet<ReadinessCalls> READINESS = new Facet<>("readiness", ReadinessCalls.class, Feature.POLL);

    private static final Map<IpcFamily, Facet<MessageQueueCalls>> QUEUES = Map.of(
            IpcFamily.SYSTEM_V, new Facet<>("System V message queues", MessageQueueCalls.class, Feature.SYSV_MESSAGE_QUEUES),
            IpcFamily.POSIX, new Facet<>("POSIX message queues", MessageQueueCalls.class, Feature.POSIX_MESSAGE_QUEUES));
    private static final Map<IpcFamily, Facet<SharedMemoryCalls>> SHARED_MEMORY = Map.of(
            IpcFamily.SYSTEM_V, new Facet<>("System V shared memory", SharedMemoryCalls.class, Feature.SYSV_SHARED_MEMORY),
            IpcFamily.POSIX, new Facet<>("POSIX shared memory", SharedMemoryCalls.class, Feature.POSIX_SHARED_MEMORY));
    private static final Map<IpcFamily, Facet<SemaphoreCalls>> SEMAPHORES = Map.of(
            IpcFamily.SYSTEM_V, new Facet<>("System V semaphores", SemaphoreCalls.class, Feature.SYSV_SEMAPHORES),
            IpcFamily.POSIX, new Facet<>("POSIX semaphores", SemaphoreCalls.class, Feature.POSIX_SEMAPHORES));

    private final String title;
    private final Class<F> type;
    private final Feature feature;
    private final BiConsumer<Features, Object[]> argumentRule;

    private Facet(String title, Class<F> type, Feature feature) {
        this(title, type, feature, (features, args) -> {
        });
    }

    private Facet(String title, Class<F> type, Feature feature, BiConsumer<Features, Object[]> argumentRule) {
        this.title = title;
        this.type = type;
        this.feature = feature;
        this.argumentRule = argumentRule;
    }

    public static Facet<MessageQueueCalls> messageQueues(IpcFamily family) {
        return QUEUES.get(Objects.requireNonNull(family));
    }

    public static Facet<SharedMemoryCalls> sharedMemory(IpcFamily family) {
        return SHARED_MEMORY.get(Objects.requireNonNull(family));
    }

    public static Facet<SemaphoreCalls> semaphores(IpcFamily family) {
        return SEMAPHORES.get(Objects.requireNonNull(family));
    }

    /**
     * The feature a socket of {@code domain} and {@code type} needs, or null for a combination
     * that only serves to show a refusal (INET6, an unassigned family, SEQPACKET): those reach the
     * adapter, whose socket(2) must refuse them.
     */
    public static Feature socketFeature(Domain domain, SocketType type) {
        if (type == SocketType.RAW) {
            return Feature.RAW_SOCKETS;
        }
        boolean stream = type == SocketType.STREAM;
        if (!stream && type != SocketType.DATAGRAM) {
            return null;
        }
        return switch (domain) {
            case INET -> stream ? Feature.INET_STREAM_SOCKETS : Feature.INET_DATAGRAM_SOCKETS;
            case UNIX -> stream ? Feature.UNIX_STREAM_SOCKETS : Feature.UNIX_DATAGRAM_SOCKETS;
            default -> null;
        };
    }

    public String title() {
        return title;
    }

    public Class<F> type() {
        return type;
    }

    /** The feature that declares this facet; null for {@link #LIFECYCLE} and {@link #SOCKETS} (checked per call). */
    public Feature feature() {
        return feature;
    }

    /** The harness's rule on a call's arguments, run before the call reaches the adapter. */
    void checkArguments(Features features, Object[] args) {
        argumentRule.accept(features, args == null ? new Object[0] : args);
    }

    @Override
    public String toString() {
        return title;
    }

    private static void targetsStartedProcesses(Features features, Object[] args) {
        for (Object arg : args) {
            if (arg instanceof Proc target && !target.isStarted()) {
                throw new HarnessException("signals go only to processes the sandbox started, never to " + target.name()
                        + ", the sandbox's own process, which stands for the harness");
            }
        }
    }

    private static void socketFeature(Features features, Object[] args) {
        if (args.length >= 2 && args[0] instanceof Domain domain && args[1] instanceof SocketType type) {
            Feature needed = socketFeature(domain, type);
            if (needed != null) {
                features.require(needed);
            }
        }
    }
}
