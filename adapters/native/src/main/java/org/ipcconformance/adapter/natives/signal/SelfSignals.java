package org.ipcconformance.adapter.natives.signal;

import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.libc.Limits;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.self.SelfProc;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.RealtimeSignalCalls;
import org.ipcconformance.spec.spi.SignalSendCalls;
import org.ipcconformance.spec.spi.TerminalCalls;
import org.ipcconformance.spec.spi.TerminalSession;
import java.util.List;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * The signal calls of self, the harness JVM: it sends (kill, sigqueue through JNA) to the
 * sandbox's agents and opens terminals. Its own dispositions and mask are the JVM's and stay
 * untouched, so self offers no handlers, mask or faults.
 */
public final class SelfSignals implements SignalSendCalls, RealtimeSignalCalls, TerminalCalls {
    private final SelfProc self;
    private final SandboxScope scope;
    private final Agents agents;

    public SelfSignals(SelfProc self, SandboxScope scope, Agents agents) {
        this.self = self;
        this.scope = scope;
        this.agents = agents;
    }

    @Override
    public void kill(Proc target, Signal signal) {
        String what = self.describe("kill", target.name() + ", " + signal);
        AgentProc to = Targets.agent(agents, target, what);
        int n = SignalNumbers.number(signal, what);
        Targets.sendFromHarness(to, n, what, () -> SignalLibc.kill((int) to.pid(), n));
    }

    @Override
    public void queue(Proc target, Signal signal, int value) {
        String what = self.describe("sigqueue", target.name() + ", " + signal + ", " + value);
        AgentProc to = Targets.agent(agents, target, what);
        int n = SignalNumbers.number(signal, what);
        try {
            Targets.sendFromHarness(to, n, what, () -> SignalLibc.sigqueue((int) to.pid(), n, value));
        } catch (IpcException e) {
            throw Limits.sigqueue(e, to.pid(), to.name(), to.queueLimitChosen());
        }
    }

    @Override
    public List<Delivery> sendToSelf(SelfSend how, Signal signal, int value) {
        throw new HarnessException(self.describe("signal itself", how + ", " + signal)
                + ": the sandbox's own process stands for the harness JVM, which a run never signals");
    }

    /** The harness JVM's limits are not the run's to change. */
    @Override
    public long limitQueue(int signals) {
        throw new HarnessException(self.describe("setrlimit", "RLIMIT_SIGPENDING, " + signals)
                + ": the sandbox's own process stands for the harness JVM, whose limits a run leaves untouched");
    }

    @Override
    public TerminalSession openTerminal() {
        return Terminals.open(self, scope, agents);
    }
}
