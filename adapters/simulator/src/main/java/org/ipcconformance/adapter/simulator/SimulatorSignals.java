package org.ipcconformance.adapter.simulator;

import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.adapter.simulator.kernel.SignalSyscalls;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.RealtimeSignalCalls;
import org.ipcconformance.spec.spi.SignalFaultCalls;
import org.ipcconformance.spec.spi.SignalHandlerCalls;
import org.ipcconformance.spec.spi.SignalMaskCalls;
import org.ipcconformance.spec.spi.SignalSendCalls;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.MaskChange;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.SignalAction;
import org.ipcconformance.spec.spi.signal.Signal;

/** The signal calls of one model process: each one call of the model kernel's SignalSyscalls. */
final class SimulatorSignals
        implements SignalHandlerCalls, SignalMaskCalls, SignalSendCalls, RealtimeSignalCalls, SignalFaultCalls {
    private final Kernel kernel;
    private final ModelProcess me;
    private final SignalSyscalls calls;

    SimulatorSignals(Kernel kernel, ModelProcess me) {
        this.kernel = kernel;
        this.me = me;
        this.calls = kernel.signals();
    }

    /** A target must be a process of this sandbox's kernel: the model knows no other. */
    private ModelProcess target(Proc target, String what) {
        ModelProcess p = SimulatorProc.modelOf(kernel, target);
        if (p == null) {
            throw new HarnessException(what + ": " + target + " is not a process of this sandbox; signals go only to"
                    + " its own processes");
        }
        return p;
    }

    @Override
    public void handle(Signal signal) {
        calls.handle(me, signal);
    }

    @Override
    public void handle(Signal signal, HandlerOptions options) {
        calls.handle(me, signal, options);
    }

    @Override
    public SignalAction sigaction(Signal signal, SignalAction act) {
        return calls.sigaction(me, signal, act);
    }

    @Override
    public void ignore(Signal signal) {
        calls.ignore(me, signal);
    }

    @Override
    public void reset(Signal signal) {
        calls.reset(me, signal);
    }

    @Override
    public List<Delivery> deliveries() {
        return calls.deliveries(me);
    }

    @Override
    public void block(Signal... signals) {
        calls.block(me, signals);
    }

    @Override
    public List<Delivery> unblock(Signal... signals) {
        return calls.unblock(me, signals);
    }

    @Override
    public Set<Signal> sigprocmask(MaskChange how, Set<Signal> set) {
        return calls.sigprocmask(me, how, set);
    }

    @Override
    public void sigsuspend(Signal... mask) {
        calls.sigsuspend(me, mask);
    }

    @Override
    public Set<Signal> blocked() {
        return calls.blocked(me);
    }

    @Override
    public Set<Signal> pending() {
        return calls.pending(me);
    }

    @Override
    public void kill(Proc target, Signal signal) {
        calls.kill(me, target(target, "kill(" + target.name() + ", " + signal + ")"), signal);
    }

    @Override
    public List<Delivery> sendToSelf(SelfSend how, Signal signal, int value) {
        return calls.sendToSelf(me, how, signal, value);
    }

    @Override
    public void queue(Proc target, Signal signal, int value) {
        calls.queue(me, target(target, "sigqueue(" + target.name() + ", " + signal + ")"), signal, value);
    }

    @Override
    public long limitQueue(int signals) {
        return calls.limitQueue(me, signals);
    }

    @Override
    public void abort() {
        calls.abort(me);
    }

    @Override
    public void touchInvalidMemory() {
        calls.touchInvalidMemory(me);
    }

    @Override
    public Delivery spinUntilDelivered(Signal signal) {
        return calls.spinUntilDelivered(me, signal);
    }
}
