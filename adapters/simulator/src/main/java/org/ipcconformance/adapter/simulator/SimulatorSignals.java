package org.ipcconformance.adapter.simulator;

import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.adapter.simulator.kernel.SignalSyscalls;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.signal.TerminalSession;

/** The signal calls of one model process: each one call of the model kernel's SignalSyscalls. */
final class SimulatorSignals implements SignalCalls {
    private final Kernel kernel;
    private final SimulatorProc proc;
    private final SignalSyscalls calls;

    SimulatorSignals(Kernel kernel, SimulatorProc proc) {
        this.kernel = kernel;
        this.proc = proc;
        this.calls = kernel.signals();
    }

    private ModelProcess me() {
        return proc.process();
    }

    /** A target must be a process of this sandbox's kernel. */
    private ModelProcess target(Proc target, String what) {
        if (!(target instanceof SimulatorProc p) || p.kernel() != kernel) {
            throw new HarnessException(what + ": " + target + " is not a process of this sandbox; signals go only to"
                    + " its own processes");
        }
        return p.process();
    }

    @Override
    public void handle(Signal signal) {
        calls.handle(me(), signal);
    }

    @Override
    public void ignore(Signal signal) {
        calls.ignore(me(), signal);
    }

    @Override
    public void reset(Signal signal) {
        calls.reset(me(), signal);
    }

    @Override
    public List<Delivery> deliveries() {
        return calls.deliveries(me());
    }

    @Override
    public void block(Signal... signals) {
        calls.block(me(), signals);
    }

    @Override
    public List<Delivery> unblock(Signal... signals) {
        return calls.unblock(me(), signals);
    }

    @Override
    public Set<Signal> blocked() {
        return calls.blocked(me());
    }

    @Override
    public Set<Signal> pending() {
        return calls.pending(me());
    }

    @Override
    public void kill(Proc target, Signal signal) {
        calls.kill(me(), target(target, "kill(" + target.name() + ", " + signal + ")"), signal);
    }

    @Override
    public void queue(Proc target, Signal signal, int value) {
        calls.queue(me(), target(target, "sigqueue(" + target.name() + ", " + signal + ")"), signal, value);
    }

    @Override
    public void abort() {
        calls.abort(me());
    }

    @Override
    public void touchInvalidMemory() {
        calls.touchInvalidMemory(me());
    }

    @Override
    public Delivery spinUntilDelivered(Signal signal) {
        return calls.spinUntilDelivered(me(), signal);
    }

    @Override
    public TerminalSession openTerminal() {
        SignalSyscalls.Terminal t = calls.openTerminal(me());
        return new TerminalSession(t.master(), t.interruptCharacter(), new SimulatorProc(kernel, t.foreground()));
    }
}
