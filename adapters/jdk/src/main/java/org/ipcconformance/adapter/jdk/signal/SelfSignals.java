package org.ipcconformance.adapter.jdk.signal;

import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * Signals from the harness JVM: it sends SIGTERM and SIGKILL to its children through their
 * ProcessHandle (not Process.destroy, which would also close the parent's ends of a piped child's
 * streams, as kill(2) does not). Its own handlers stay the JVM's: it offers no handler facet.
 */
public final class SelfSignals extends JdkSignals {

    public SelfSignals(SandboxScope scope) {
        super(scope);
    }

    @Override
    public void kill(Proc target, Signal signal) {
        Agent child = target(target, signal);
        boolean forcibly = forcibly(signal);
        ProcessHandle handle = child.process().toHandle();
        boolean sent = forcibly ? handle.destroyForcibly() : handle.destroy();
        if (!sent) {
            throw new IpcException(IpcError.NO_SUCH_PROCESS, "kill(" + child.name() + ", " + signal + ") from self",
                    "ProcessHandle.destroy" + (forcibly ? "Forcibly" : "") + "() returned false: " + child.name() + " has ended");
        }
    }
}
