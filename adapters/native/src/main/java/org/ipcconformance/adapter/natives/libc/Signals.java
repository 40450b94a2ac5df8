package org.ipcconformance.adapter.natives.libc;

import java.util.List;

/** Linux signal numbers to names (x86_64 and aarch64 share them). */
public final class Signals {
    private static final List<String> STANDARD = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
            "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
            "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS");

    private Signals() {
    }

    public static String name(int signal) {
        if (signal > 0 && signal < STANDARD.size()) {
            return STANDARD.get(signal);
        }
        if (signal >= LinuxConstants.SIGRTMIN && signal <= LinuxConstants.SIGRTMAX) {
            int offset = signal - LinuxConstants.SIGRTMIN;
            return offset == 0 ? "SIGRTMIN" : "SIGRTMIN+" + offset;
        }
        return "SIG" + signal;
    }
}
