package org.ipcconformance.adapter.jdk.signal;

import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SignalSendCalls;
import java.util.List;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.Signal;

/** kill(2) as a JVM has it, from the harness or a child: what both share. */
abstract class JdkSignals implements SignalSendCalls {
    protected final SandboxScope scope;

    JdkSignals(SandboxScope scope) {
        this.scope = scope;
    }

    /**
     * The child JVM that {@code target} is. The harness passes on only started processes; this
     * finds the Process behind one, so a process of another sandbox (or adapter) is refused here.
     */
    protected Agent target(Proc target, Signal signal) {
        return scope.child(target).orElseThrow(() -> new HarnessException("kill(" + target.name() + ", " + signal
                + ") refused: signals go only to processes this sandbox started, and " + target.name() + " is not one of them"));
    }

    /** A JVM's raise reaches a Java handler only later, on its Signal Dispatcher thread: nothing shows what ran before raise returned. */
    @Override
    public List<Delivery> sendToSelf(SelfSend how, Signal signal, int value) {
        throw JdkFeatures.missing(Feature.SIGNAL_SEND, JdkFeatures.NO_SYNCHRONOUS_SELF_DELIVERY);
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
