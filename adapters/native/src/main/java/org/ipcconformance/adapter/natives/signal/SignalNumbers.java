package org.ipcconformance.adapter.natives.signal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.natives.libc.LinuxConstants;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.signal.Signal;

/** Portable signal names to Linux numbers (x86_64 and aarch64 share them) and back. */
final class SignalNumbers {
    private static final List<String> STANDARD = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
            "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
            "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS");

    private SignalNumbers() {
    }

    /**
     * The number of {@code signal}; the null signal is 0 and {@link Signal#PAST_HIGHEST} is
     * SIGRTMAX + 1, which the system itself must refuse (the harness passes them on unchecked).
     */
    static int number(Signal signal, String operation) {
        if (signal.equals(Signal.NULL_SIGNAL)) {
            return 0;
        }
        if (signal.equals(Signal.PAST_HIGHEST)) {
            return LinuxConstants.SIGRTMAX + 1;
        }
        if (signal.isRealtime()) {
            int n = LinuxConstants.SIGRTMIN + signal.realtimeOffset();
            if (n > LinuxConstants.SIGRTMAX) {
                throw new IpcException(IpcError.INVALID_ARGUMENT, operation, signal + " does not exist: Linux has SIGRTMIN+0 to SIGRTMIN+"
                        + (LinuxConstants.SIGRTMAX - LinuxConstants.SIGRTMIN) + " (EINVAL)");
            }
            return n;
        }
        int n = STANDARD.indexOf(signal.name());
        if (n <= 0) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, operation, "no Linux signal is named " + signal.name()
                    + " (EINVAL); known: " + String.join(", ", STANDARD.subList(1, STANDARD.size())) + ", SIGRTMIN+n");
        }
        return n;
    }

    /** The signals of a mask the agent sends as bits (bit n - 1 for signal n, 1 to 64). */
    static Set<Signal> fromBits(long bits) {
        Set<Signal> out = new LinkedHashSet<>();
        for (int n = 1; n <= 64; n++) {
            if ((bits & (1L << (n - 1))) != 0) {
                out.add(signal(n));
            }
        }
        return out;
    }

    static Signal signal(int number) {
        if (number > 0 && number < STANDARD.size()) {
            return new Signal(STANDARD.get(number), -1);
        }
        if (number >= LinuxConstants.SIGRTMIN && number <= LinuxConstants.SIGRTMAX) {
            return Signal.realtime(number - LinuxConstants.SIGRTMIN);
        }
        return new Signal("SIG" + number, -1); // 32 and 33, which glibc keeps for itself
    }
}
