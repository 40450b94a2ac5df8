package org.ipcconformance.adapter.natives.agent;

import java.nio.file.Path;
import org.ipcconformance.adapter.natives.proc.ProcObserver;
import org.ipcconformance.spec.spi.ExitStatus;
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

    AgentLife(AgentProc agent, AgentProcess process) {
        this.agent = agent;
        this.process = process;
    }

    @Override
    public ProcState state() {
        ExitStatus gone = process.reaper.statusNow();
        if (gone != null) {
            return new ProcState(ProcState.Kind.EXITED, gone.toString());
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
