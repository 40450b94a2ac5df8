package org.ipcconformance.adapter.jdk.signal;

import java.time.Instant;
import java.util.List;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SignalHandlerCalls;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.SignalAction;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * Signals in a child JVM: sun.misc.Signal handlers that log each delivery to a file the harness
 * reads from outside (so the log answers while the child is busy); kill as
 * ProcessHandle.destroy/destroyForcibly, or sun.misc.Signal.raise for any signal the JVM names
 * when the child targets itself.
 */
public final class ChildSignals extends JdkSignals implements SignalHandlerCalls {
    private final Agent child;

    public ChildSignals(Agent child, SandboxScope scope) {
        super(scope);
        this.child = child;
    }

    @Override
    public void handle(Signal signal) {
        String name = SignalNames.jvmName(signal);
        child.request("handle(" + signal + ") in " + child.name(), out -> {
            out.writeByte(Protocol.SIG_HANDLE);
            out.writeUTF(name);
            out.writeUTF(child.signalLog().toString());
        }, in -> null);
    }

    @Override
    public void handle(Signal signal, HandlerOptions options) {
        throw JdkFeatures.missing(Feature.SIGNAL_HANDLER_OPTIONS);
    }

    @Override
    public SignalAction sigaction(Signal signal, SignalAction act) {
        throw JdkFeatures.missing(Feature.SIGNAL_HANDLER_OPTIONS);
    }

    @Override
    public void ignore(Signal signal) {
        disposition(Protocol.SIG_IGNORE, "ignore", signal);
    }

    @Override
    public void reset(Signal signal) {
        disposition(Protocol.SIG_RESET, "reset", signal);
    }

    @Override
    public List<Delivery> deliveries() {
        return DeliveryLog.read(child.signalLog());
    }

    @Override
    public void kill(Proc target, Signal signal) {
        Agent to = target(target, signal);
        String op = "kill(" + to.name() + ", " + signal + ") in " + child.name();
        if (to == child) {
            String name = SignalNames.jvmName(signal);
            child.request(op, out -> {
                out.writeByte(Protocol.SIG_RAISE);
                out.writeUTF(name);
            }, in -> null);
            return;
        }
        boolean forcibly = forcibly(signal);
        ProcessHandle handle = to.process().toHandle();
        long start = handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
        child.request(op, out -> {
            out.writeByte(Protocol.SIG_KILL);
            out.writeLong(handle.pid());
            out.writeLong(start);
            out.writeBoolean(forcibly);
        }, in -> null);
    }

    private void disposition(byte op, String what, Signal signal) {
        String name = SignalNames.jvmName(signal);
        child.request(what + "(" + signal + ") in " + child.name(), out -> {
            out.writeByte(op);
            out.writeUTF(name);
        }, in -> null);
    }
}
