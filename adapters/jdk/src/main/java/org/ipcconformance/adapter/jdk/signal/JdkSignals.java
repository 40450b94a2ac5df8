package org.ipcconformance.adapter.jdk.signal;

import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.jdk.JdkFeatures;
import org.ipcconformance.adapter.jdk.SandboxScope;
import org.ipcconformance.adapter.jdk.process.ChildProc;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.signal.TerminalSession;

/** What no JVM can do with signals, for the harness and the children alike: each call says why. */
abstract class JdkSignals implements SignalCalls {
    protected final SandboxScope scope;

    JdkSignals(SandboxScope scope) {
        this.scope = scope;
    }

    @Override
    public final void block(Signal... signals) {
        throw JdkFeatures.missing(Feature.SIGNAL_MASK);
    }

    @Override
    public final List<Delivery> unblock(Signal... signals) {
        throw JdkFeatures.missing(Feature.SIGNAL_MASK);
    }

    @Override
    public final Set<Signal> blocked() {
        throw JdkFeatures.missing(Feature.SIGNAL_MASK);
    }

    @Override
    public final Set<Signal> pending() {
        throw JdkFeatures.missing(Feature.SIGNAL_MASK);
    }

    @Override
    public final void queue(Proc target, Signal signal, int value) {
        throw JdkFeatures.missing(Feature.REALTIME_SIGNALS);
    }

    @Override
    public final void abort() {
        throw JdkFeatures.missing(Feature.SIGNAL_FAULTS);
    }

    @Override
    public final void touchInvalidMemory() {
        throw JdkFeatures.missing(Feature.SIGNAL_FAULTS);
    }

    @Override
    public final TerminalSession openTerminal() {
        throw JdkFeatures.missing(Feature.TERMINAL);
    }

    /** The child JVM that {@code target} is: only processes this sandbox started receive signals, never the harness. */
    protected ChildProc target(Proc target, Signal signal) {
        return scope.child(target).orElseThrow(() -> new HarnessException("kill(" + target.name() + ", " + signal
                + ") refused: signals go only to processes this sandbox started, and " + target.name()
                + (target.name().equals("self") ? " is the harness JVM" : " is not one of them")));
    }

    /** SIGTERM and SIGKILL are what ProcessHandle can send to another process; anything else is kill(2). */
    protected static boolean forcibly(Signal signal) {
        if (signal.equals(Signal.SIGKILL)) {
            return true;
        }
        if (signal.equals(Signal.SIGTERM)) {
            return false;
        }
        throw JdkFeatures.missing(Feature.SIGNAL_SEND, JdkFeatures.ONLY_TERM_AND_KILL + " (asked: " + signal + ")");
    }
}
