package org.ipcconformance.adapter.natives.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.SignalDisposition;

/** The agents of one sandbox: how they start, which ones it started, and their end when it closes. */
public final class Agents {
    private final SandboxScope scope;
    private final AgentLauncher launcher;
    private final BiFunction<AgentProc, Facets, Facets> mechanisms;
    private final NativeConditions platform;
    private final List<AgentProc> started = new ArrayList<>();
    private boolean closed;

    /**
     * @param mechanisms adds the facets of the mechanism packages (signals, IPC objects, sockets) to an agent's own
     * @param platform   what /proc shows of an agent here ({@link NativeConditions})
     */
    public Agents(SandboxScope scope, AgentLauncher launcher, BiFunction<AgentProc, Facets, Facets> mechanisms,
                  NativeConditions platform) {
        this.scope = scope;
        this.launcher = launcher;
        this.mechanisms = mechanisms;
        this.platform = platform;
    }

    /**
     * Starts an agent with the given descriptors placed; the caller then adopts its handles.
     *
     * @param options agent options beyond the usual ones: {@code --terminal PTS}, or
     *     {@code --unprivileged yes} (the agent gives up root and every capability before it runs)
     */
    public AgentProc start(String name, List<Placement> placements, SignalDisposition sigpipe, List<String> options) {
        AgentProcess process = launcher.launch(name, placements, sigpipe, options);
        AgentProc agent;
        try {
            agent = new AgentProc(scope, process, mechanisms, platform);
        } catch (RuntimeException | Error e) {
            try {
                process.abandon();
            } catch (RuntimeException stuck) {
                e.addSuppressed(stuck);
            }
            throw e;
        }
        synchronized (this) {
            if (!closed) {
                started.add(agent);
                return agent;
            }
        }
        agent.release(Instant.now().plus(AgentProc.KILL_PATIENCE));
        throw new HarnessException(name + " was started while the sandbox (" + scope.context().label() + ") closed");
    }

    /** The agents started so far, in order. */
    public synchronized List<AgentProc> started() {
        return List.copyOf(started);
    }

    /**
     * Sandbox close: kills every agent before waiting for any (a blocked pair ends together), then
     * reaps each and closes its channel, all within one {@link AgentProc#KILL_PATIENCE} (an agent that
     * will not die is a failure naming it). Returns the failures, first one first.
     */
    public List<RuntimeException> close() {
        List<AgentProc> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(started);
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (AgentProc agent : all) {
            try {
                agent.killWithoutWaiting();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        Instant deadline = Instant.now().plus(AgentProc.KILL_PATIENCE);
        for (AgentProc agent : all) {
            try {
                agent.release(deadline);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }
}
