package org.ipcconformance.adapter.natives.agent;

import java.time.Instant;
import org.ipcconformance.spec.spi.ExitStatus;

/**
 * A started agent: its PID, its control channel, its reaper and its standard error, plus what it
 * said in its hello (PIPE_BUF, the address of its global).
 */
final class AgentProcess {
    final int pid;
    final String name;
    final ControlChannel channel;
    final Reaper reaper;
    final StderrCapture stderr;
    final int pipeBuf;
    final long globalAddress;

    AgentProcess(int pid, String name, ControlChannel channel, Reaper reaper, StderrCapture stderr, int pipeBuf,
                 long globalAddress) {
        this.pid = pid;
        this.name = name;
        this.channel = channel;
        this.reaper = reaper;
        this.stderr = stderr;
        this.pipeBuf = pipeBuf;
        this.globalAddress = globalAddress;
    }

    /** Kills, reaps (within the patience of sandbox close) and lets go of an agent that never became a process of the sandbox. */
    void abandon() {
        channel.shutdown();
        reaper.kill();
        ExitStatus status;
        try {
            status = reaper.awaitUntil(Instant.now().plus(AgentProc.KILL_PATIENCE));
        } finally {
            channel.close();
            stderr.close();
        }
        if (status == null) {
            throw WillNotDie.report(name, pid, AgentProc.KILL_PATIENCE);
        }
    }

    /** " (agent stderr: ...)" when the agent said something, else "". */
    String stderrNote() {
        String text = stderr.text();
        return text.isEmpty() ? "" : " (agent stderr: " + text + ")";
    }
}
