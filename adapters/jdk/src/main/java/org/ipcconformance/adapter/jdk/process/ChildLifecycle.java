package org.ipcconformance.adapter.jdk.process;

import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.LifecycleCalls;

/**
 * The end of a child JVM. {@link #awaitExit} and {@link #kill} work on its Process, never on
 * the control channel, so they answer while a request of the child is pending.
 */
final class ChildLifecycle implements LifecycleCalls {
    private final ChildProc child;

    ChildLifecycle(ChildProc child) {
        this.child = child;
    }

    @Override
    public void exit() {
        child.request("exit() of " + child.name(), out -> out.writeByte(Protocol.EXIT), in -> null);
        ExitStatus status = awaitExit();
        if (status.killedBySignal() || status.code() != Protocol.EXIT_NORMAL) {
            throw new HarnessException(child.name() + " was asked to exit but then " + status + child.stderrNote());
        }
    }

    @Override
    public ExitStatus awaitExit() {
        try {
            return ExitStatuses.of(child.connection().process().waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while waiting for " + child.name() + " to end", e);
        }
    }

    /** SIGKILL and reap: ChildConnection.close, which a pending request then sees as the child gone. */
    @Override
    public void kill() {
        child.connection().close();
    }
}
