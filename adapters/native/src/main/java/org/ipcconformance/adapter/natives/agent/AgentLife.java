package org.ipcconformance.adapter.natives.agent;

import java.nio.file.Path;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.proc.ProcObserver;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.LifecycleCalls;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessStateCalls;

/**
 * An agent's state and end. Only {@link #exit()} is a request; the rest read /proc and the reaper,
 * so they answer while a request is pending.
 */
final class AgentLife implements LifecycleCalls, ProcessStateCalls {
    private final AgentProc agent;
    private final AgentProcess process;
    private final NativeConditions platform;

    AgentLife(AgentProc agent, AgentProcess process, NativeConditions platform) {
        this.agent = agent;
        this.process = process;
        this.platform = platform;
    }

    @Override
    public ProcState state() {
        ExitStatus gone = process.reaper.statusNow();
        if (gone != null) {
            return new ProcState(ProcState.Kind.EXITED, gone.toString());
        }
        if (!platform.procTaskState()) {
            return withoutProc();
        }
        ProcState seen = ProcObserver.observe(Path.of("/proc", String.valueOf(process.pid)), call -> {
            if (call.on("read", AgentLauncher.CONTROL_FD)) {
                return new ProcState(ProcState.Kind.IDLE, "waiting for the harness");
            }
            if (call.on("sendto", AgentLauncher.CONTROL_FD) || call.on("write", AgentLauncher.CONTROL_FD)) {
                return new ProcState(ProcState.Kind.RUNNING, "sending its reply to the harness");
            }
            return null;
        }, agent.current());
        // Between a death and its reaping /proc shows a zombie; say how it ended once known.
        if (seen.kind() == ProcState.Kind.EXITED && process.reaper.isDone()) {
            ExitStatus status = process.reaper.statusNow();
            return new ProcState(ProcState.Kind.EXITED, status == null ? seen.detail() : status.toString());
        }
        return seen;
    }

    /**
     * The state where /proc shows none, from what any POSIX system offers: waitid reports a stop
     * (WSTOPPED | WNOHANG | WNOWAIT, consuming nothing), the reaper an exit, and the harness knows
     * whether it has a request in progress. Inside a request, running and blocked look the same
     * from here: that is a question this platform cannot answer, not a state to guess.
     */
    private ProcState withoutProc() {
        if (!agent.holdOffReaping()) {
            ExitStatus status = process.reaper.await();
            return new ProcState(ProcState.Kind.EXITED, status.toString());
        }
        try {
            if (agent.stoppedNow()) {
                return new ProcState(ProcState.Kind.STOPPED, "stopped by a signal (waitid WSTOPPED; /proc shows no state)");
            }
            String request = agent.requestInProgress();
            if (request == null) {
                return new ProcState(ProcState.Kind.IDLE, "waiting for the harness (no request in progress; /proc shows no state)");
            }
            throw new HarnessException(agent.name() + " is inside " + request + ": /proc shows no state here, and "
                    + "without it a process running its request and one blocked in it cannot be told apart");
        } finally {
            agent.allowReaping();
        }
    }

    @Override
    public void exit() {
        agent.call(agent.describe("exit", "0"), new Request(Op.EXIT));
        process.reaper.await();
    }

    @Override
    public ExitStatus awaitExit() {
        return process.reaper.await();
    }

    @Override
    public void kill() {
        process.reaper.kill();
        process.reaper.await();
    }
}
