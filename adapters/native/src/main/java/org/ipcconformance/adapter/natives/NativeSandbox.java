package org.ipcconformance.adapter.natives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.natives.agent.AgentLauncher;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.ipc.IpcObjects;
import org.ipcconformance.adapter.natives.mq.MessageQueues;
import org.ipcconformance.adapter.natives.mq.MqSandbox;
import org.ipcconformance.adapter.natives.self.SelfProc;
import org.ipcconformance.adapter.natives.signal.AgentSignals;
import org.ipcconformance.adapter.natives.signal.SelfSignals;
import org.ipcconformance.adapter.natives.poll.AgentReadiness;
import org.ipcconformance.adapter.natives.poll.SelfReadiness;
import org.ipcconformance.adapter.natives.socket.AgentSockets;
import org.ipcconformance.adapter.natives.workload.AgentWorkloads;
import org.ipcconformance.adapter.natives.socket.SelfSockets;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * One spec's run on the native adapter: the harness JVM as self, the agents it started, and
 * the kernel objects they made. Here each process gets the facets of the mechanism packages.
 * Closing kills and reaps every agent, then closes what self opened, then removes the kernel
 * objects; it is idempotent and quiet about what is gone already.
 */
public final class NativeSandbox implements Sandbox {
    private final NativeAdapter adapter;
    private final SandboxScope scope;
    private final IpcObjects ipcObjects;
    private final MqSandbox queues;
    private final Agents agents;
    private final SelfProc self;

    NativeSandbox(NativeAdapter adapter, SandboxContext context, AgentLauncher launcher) {
        this.adapter = adapter;
        this.scope = new SandboxScope(context, adapter.features(), adapter.statx());
        this.ipcObjects = new IpcObjects(scope);
        this.queues = new MqSandbox(scope, SelfProc.NAME);
        this.agents = new Agents(scope, launcher, this::agentFacets, adapter.conditions());
        this.self = new SelfProc(scope, agents, this::selfFacets);
    }

    private Facets selfFacets(SelfProc proc, Facets own) {
        SelfSignals signals = new SelfSignals(proc, scope, agents);
        Facets facets = own.with(Facet.SIGNAL_SEND, signals).with(Facet.REALTIME_SIGNALS, signals)
                .with(Facet.TERMINALS, signals).with(Facet.SOCKETS, new SelfSockets(proc, scope))
                .with(Facet.READINESS, new SelfReadiness(proc));
        for (IpcFamily family : IpcFamily.values()) {
            facets = facets.with(Facet.messageQueues(family), MessageQueues.ofSelf(queues, proc, family, adapter.conditions()))
                    .with(Facet.sharedMemory(family), ipcObjects.sharedMemory(proc, family))
                    .with(Facet.semaphores(family), ipcObjects.semaphores(proc, family));
        }
        return facets;
    }

    private Facets agentFacets(AgentProc agent, Facets own) {
        AgentSignals signals = new AgentSignals(agent, scope, agents, adapter.conditions());
        Facets facets = own.with(Facet.SIGNAL_HANDLERS, signals).with(Facet.SIGNAL_MASK, signals)
                .with(Facet.SIGNAL_SEND, signals).with(Facet.REALTIME_SIGNALS, signals).with(Facet.SIGNAL_FAULTS, signals)
                .with(Facet.SOCKETS, new AgentSockets(agent, scope)).with(Facet.READINESS, new AgentReadiness(agent))
                .with(Facet.WORKLOADS, new AgentWorkloads(agent));
        for (IpcFamily family : IpcFamily.values()) {
            facets = facets.with(Facet.messageQueues(family), MessageQueues.ofAgent(queues, agent, family, adapter.conditions()))
                    .with(Facet.sharedMemory(family), ipcObjects.sharedMemory(agent, family))
                    .with(Facet.semaphores(family), ipcObjects.semaphores(agent, family));
        }
        return facets;
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
        return scope.directory();
    }

    public SandboxContext context() {
        return scope.context();
    }

    @Override
    public void close() {
        if (!scope.close()) {
            return;
        }
        List<RuntimeException> failures = new ArrayList<>(agents.close());
        List<AutoCloseable> after = List.of(self::release, ipcObjects, queues);
        for (AutoCloseable part : after) {
            try {
                part.close();
            } catch (Exception e) {
                failures.add(e instanceof RuntimeException r ? r : new HarnessException(e.toString(), e));
            }
        }
        adapter.forget(this);
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw new HarnessException("closing the sandbox of " + scope.context().label() + " failed: " + first.getMessage(),
                    first);
        }
    }
}
