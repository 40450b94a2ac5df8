package org.ipcconformance.adapter.natives.signal;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.O_CLOEXEC;
import static org.ipcconformance.adapter.natives.libc.LinuxConstants.O_RDWR;

import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.self.SelfProc;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.spec.spi.TerminalSession;

/**
 * A pseudo-terminal with an agent on it: the harness opens the master (posix_openpt, grantpt,
 * unlockpt; O_NOCTTY, so the JVM never gains a controlling terminal), and starts an agent that
 * leads a new session on the slave side as its foreground group (ipc-agent --terminal).
 */
final class Terminals {
    private Terminals() {
    }

    static TerminalSession open(SelfProc self, SandboxScope scope, Agents agents) {
        scope.ensureOpen("openTerminal");
        int master = SignalLibc.posix_openpt(O_RDWR | SignalLibc.O_NOCTTY | O_CLOEXEC);
        if (master < 0) {
            throw Errno.lastFailure("posix_openpt(O_RDWR | O_NOCTTY) in self");
        }
        String slave;
        try {
            if (SignalLibc.grantpt(master) < 0) {
                throw Errno.lastFailure("grantpt(fd " + master + ") in self");
            }
            if (SignalLibc.unlockpt(master) < 0) {
                throw Errno.lastFailure("unlockpt(fd " + master + ") in self");
            }
            byte[] name = new byte[128];
            int rc = SignalLibc.ptsname_r(master, name, name.length);
            if (rc != 0) {
                throw Errno.failure("ptsname_r(fd " + master + ") in self", rc > 0 ? rc : Native.getLastError());
            }
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            slave = new String(name, 0, end, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            Libc.close(master);
            throw e;
        }
        Handle masterHandle = scope.ids().handle("pty master of " + slave);
        if (!self.keep(masterHandle, master)) {
            throw new HarnessException("openTerminal in self: the sandbox was closed meanwhile");
        }
        AgentProc foreground = agents.start(scope.ids().procName("terminal"), List.of(),
                SignalDisposition.DEFAULT, List.of("--terminal", slave));
        Reply facts = foreground.call("tcgetattr, tcgetpgrp of " + slave + " in " + foreground.name(),
                new Request(AgentSignals.OP_TTY));
        int vintr = facts.i32();
        boolean isig = facts.i32() != 0;
        int foregroundGroup = facts.i32();
        int group = facts.i32();
        int session = facts.i32();
        if (foregroundGroup != foreground.pid() || group != foreground.pid() || session != foreground.pid()) {
            throw new HarnessException(foreground + " on " + slave + " is not the foreground group leading its own session:"
                    + " tcgetpgrp " + foregroundGroup + ", getpgrp " + group + ", getsid " + session);
        }
        if (!isig) {
            throw new HarnessException("the new terminal " + slave + " has ISIG off: its interrupt character would not signal");
        }
        return new TerminalSession(masterHandle, (byte) vintr, foreground);
    }
}
