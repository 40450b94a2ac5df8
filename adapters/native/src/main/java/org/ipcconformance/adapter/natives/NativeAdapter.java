package org.ipcconformance.adapter.natives;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ipcconformance.adapter.natives.agent.AgentBinary;
import org.ipcconformance.adapter.natives.agent.AgentLauncher;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.libc.Statx;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Sandbox;

/** The native adapter opened for one run: Linux's own IPC, self in the JVM, others as agents. */
public final class NativeAdapter implements Adapter {
    static final String ID = "native";

    private final Supplier<AgentBinary> binary;
    private final NativeConditions conditions;
    private final Features features = Features.of(ID)
            .has(Feature.PIPES, Feature.FILES, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.CHILD_STDIO_PIPES, Feature.PROCESS_STATE,
                    Feature.NONBLOCKING_IO, Feature.PIPE_CAPACITY_QUERY, Feature.FIFO, Feature.SIGNAL_DISPOSITION,
                    Feature.PROCESS_MEMORY, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_MASK, Feature.SIGNAL_SEND,
                    Feature.REALTIME_SIGNALS, Feature.SIGNAL_FAULTS, Feature.TERMINAL, Feature.SIGNAL_HANDLER_OPTIONS,
                    Feature.POLL)
            .has(Feature.SYSV_MESSAGE_QUEUES, Feature.POSIX_MESSAGE_QUEUES)
            .has(Feature.SYSV_SHARED_MEMORY, Feature.POSIX_SHARED_MEMORY, Feature.SYSV_SEMAPHORES, Feature.POSIX_SEMAPHORES)
            .has(Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS, Feature.UNIX_STREAM_SOCKETS,
                    Feature.UNIX_DATAGRAM_SOCKETS, Feature.RAW_SOCKETS, Feature.UNPRIVILEGED_CHILD)
            .has(Feature.WORKLOADS)
            .build();
    private final Set<NativeSandbox> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private final Statx statx;

    /** @param binary the agent program; built on first use, so self-only specs run without a compiler */
    public NativeAdapter(Supplier<AgentBinary> binary) {
        this(binary, NativeConditions.NONE, Statx.SYSTEM);
    }

    /** @param conditions what the platform is to lack ({@link NativeConditions#NONE}: nothing) */
    public NativeAdapter(Supplier<AgentBinary> binary, NativeConditions conditions) {
        this(binary, conditions, Statx.SYSTEM);
    }

    /** With a stand-in for the harness's statx: the seam through which a test makes the system lie. */
    NativeAdapter(Supplier<AgentBinary> binary, Statx statx) {
        this(binary, NativeConditions.NONE, statx);
    }

    private NativeAdapter(Supplier<AgentBinary> binary, NativeConditions conditions, Statx statx) {
        this.binary = binary;
        this.conditions = conditions;
        this.statx = statx;
    }

    NativeConditions conditions() {
        return conditions;
    }

    Statx statx() {
        return statx;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return NativeEnvironment.kernelRelease();
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public Map<String, String> environment() {
        return NativeEnvironment.describe(binary);
    }

    @Override
    public Sandbox openSandbox(SandboxContext context) {
        NativeSandbox box = new NativeSandbox(this, context, new AgentLauncher(binary, context.run().path()));
        synchronized (open) {
            open.add(box);
        }
        return box;
    }

    void forget(NativeSandbox box) {
        synchronized (open) {
            open.remove(box);
        }
    }

    /** Closes the sandboxes a harness left open, so that nothing outlives the adapter. */
    @Override
    public void close() {
        List<NativeSandbox> left;
        synchronized (open) {
            left = List.copyOf(open);
        }
        RuntimeException failure = null;
        for (NativeSandbox box : left) {
            try {
                box.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
