package org.ipcconformance.adapter.jdk.process;

import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.spec.spi.ExitStatus;

/**
 * How a child JVM ended, from {@link Process#exitValue()}. The JDK folds a death by signal n into
 * the value 128+n; the agent itself only ever exits below 128 ({@link Protocol}), so a value above
 * 128 is a signal, named where the platform's numbering is known (Linux).
 */
public final class ExitStatuses {
    private static final String[] LINUX = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
        "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
        "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
        "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
    private static final boolean IS_LINUX = System.getProperty("os.name", "").toLowerCase().contains("linux");

    private ExitStatuses() {
    }

    public static ExitStatus of(int exitValue) {
        int signal = exitValue - 128;
        if (exitValue > 128 && IS_LINUX) {
            if (signal < LINUX.length) {
                return ExitStatus.killedBy(signal, LINUX[signal]);
            }
            if (signal >= 34 && signal <= 64) {
                return ExitStatus.killedBy(signal, signal == 34 ? "SIGRTMIN" : "SIGRTMIN+" + (signal - 34));
            }
        }
        return ExitStatus.exited(exitValue);
    }
}
