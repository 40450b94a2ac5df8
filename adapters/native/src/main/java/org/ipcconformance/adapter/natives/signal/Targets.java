package org.ipcconformance.adapter.natives.signal;

import java.util.function.IntSupplier;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;

/**
 * Who may receive a signal: only an agent this sandbox started (the harness refuses the sandbox's
 * own process before a call gets here), and only while its PID is still its own (not reaped).
 */
final class Targets {
    private Targets() {
    }

    static AgentProc agent(Agents agents, Proc target, String operation) {
        if (!(target instanceof AgentProc agent) || !agents.started().contains(agent)) {
            throw new HarnessException(operation + ": " + target + " was not started by this sandbox; signals go only"
                    + " to its own processes");
        }
        if (agent.pid() <= 1) {
            throw new HarnessException(operation + ": refusing PID " + agent.pid());
        }
        return agent;
    }

    /** Runs {@code send} (a libc call returning -1 and errno on failure) while the target cannot be reaped. */
    static void sendFromHarness(AgentProc target, int number, String operation, IntSupplier send) {
        holdingOff(target, number, operation, () -> {
            if (send.getAsInt() < 0) {
                throw Errno.lastFailure(operation);
            }
        });
    }

    /**
     * Runs {@code send} of signal {@code number} while the target cannot be reaped. The null signal
     * (0) sends nothing, so it goes to an ended target's PID too and the system answers for it
     * (ESRCH once reaped); a real signal never goes to a PID that may already be another process's.
     */
    static void holdingOff(AgentProc target, int number, String operation, Runnable send) {
        if (number == 0 && !target.holdOffReaping()) {
            send.run();
            return;
        }
        if (number != 0) {
            holdingOff(target, operation, send);
            return;
        }
        try {
            send.run();
        } finally {
            target.allowReaping();
        }
    }

    static void holdingOff(AgentProc target, String operation, Runnable send) {
        if (!target.holdOffReaping()) {
            throw new IpcException(IpcError.NO_SUCH_PROCESS, operation, Errno.describe(3) + ": " + target.name()
                    + " has ended (" + target.statusNow() + ") and its PID is no longer its own");
        }
        try {
            send.run();
        } finally {
            target.allowReaping();
        }
    }
}
