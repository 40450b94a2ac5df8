package org.ipcconformance.adapter.natives.signal;

import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.natives.NativeSandbox;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.self.SelfProc;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.signal.TerminalSession;

/**
 * The signal calls of self, the harness JVM: it sends (kill, sigqueue through JNA) to the
 * sandbox's agents and opens terminals, but its own dispositions and mask are the JVM's and stay
 * untouched, so every call that would change or need them is refused.
 */
public final class SelfSignals implements SignalCalls {
    private final SelfProc self;
    private final NativeSandbox sandbox;

    public SelfSignals(SelfProc self, NativeSandbox sandbox) {
        this.self = self;
        this.sandbox = sandbox;
    }

    private static HarnessException untouched(String call) {
        return new HarnessException(call + " in self: self is the harness JVM, whose signal handlers and mask a run"
                + " leaves untouched; ask a started process (spawnChild, spawnUnrelated) instead");
    }

    @Override
    public void handle(Signal signal) {
        throw untouched("sigaction(" + signal + ", handler)");
    }

    @Override
    public void ignore(Signal signal) {
        throw untouched("sigaction(" + signal + ", SIG_IGN)");
    }

    @Override
    public void reset(Signal signal) {
        throw untouched("sigaction(" + signal + ", SIG_DFL)");
    }

    /** Self never installs the recording handler, so it never logs a delivery. */
    @Override
    public List<Delivery> deliveries() {
        return List.of();
    }

    @Override
    public void block(Signal... signals) {
        throw untouched("sigprocmask(SIG_BLOCK)");
    }

    @Override
    public List<Delivery> unblock(Signal... signals) {
        throw untouched("sigprocmask(SIG_UNBLOCK)");
    }

    @Override
    public Set<Signal> blocked() {
        throw untouched("the signal mask (per thread in a JVM)");
    }

    @Override
    public Set<Signal> pending() {
        throw untouched("the pending set");
    }

    @Override
    public void kill(Proc target, Signal signal) {
        String what = "kill(" + target.name() + ", " + signal + ") in self";
        AgentProc to = Targets.agent(sandbox, target, what);
        int n = SignalNumbers.number(signal, what);
        Targets.sendFromHarness(to, what, () -> SignalLibc.kill((int) to.pid(), n));
    }

    @Override
    public void queue(Proc target, Signal signal, int value) {
        String what = "sigqueue(" + target.name() + ", " + signal + ", " + value + ") in self";
        AgentProc to = Targets.agent(sandbox, target, what);
        int n = SignalNumbers.number(signal, what);
        Targets.sendFromHarness(to, what, () -> SignalLibc.sigqueue((int) to.pid(), n, value));
    }

    @Override
    public void abort() {
        throw untouched("abort()");
    }

    @Override
    public void touchInvalidMemory() {
        throw untouched("an invalid memory access");
    }

    @Override
    public Delivery spinUntilDelivered(Signal signal) {
        throw untouched("a busy loop waiting for " + signal);
    }

    @Override
    public TerminalSession openTerminal() {
        return Terminals.open(self, sandbox);
    }
}
