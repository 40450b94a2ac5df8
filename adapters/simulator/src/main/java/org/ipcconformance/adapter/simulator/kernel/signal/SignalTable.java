package org.ipcconformance.adapter.simulator.kernel.signal;

import java.util.List;
import java.util.Optional;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.signal.Signal;

/** The model's signal numbers (Linux's, so that wait statuses read the same) and default actions. */
public final class SignalTable {
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGABRT = 6;
    public static final int SIGKILL = 9;
    public static final int SIGSEGV = 11;
    public static final int SIGTERM = 15;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGRTMIN = 34;
    public static final int SIGRTMAX = 64;

    private static final List<String> STANDARD = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
            "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
            "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS");
    private static final List<String> CORE = List.of("SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGSEGV", "SIGXCPU", "SIGXFSZ", "SIGSYS");
    private static final List<String> STOPS = List.of("SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU");
    private static final List<String> IGNORED = List.of("SIGCHLD", "SIGURG", "SIGWINCH");
    private static final List<String> FAULTS = List.of("SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGTRAP");

    private SignalTable() {
    }

    /**
     * The number of a signal the model has; empty for an unknown name or an offset past SIGRTMAX.
     * The null signal is 0 and {@link Signal#PAST_HIGHEST} is SIGRTMAX + 1: numbers a caller names
     * and each call checks, as a kernel does.
     */
    public static Optional<Integer> number(Signal signal) {
        if (signal.equals(Signal.NULL_SIGNAL)) {
            return Optional.of(0);
        }
        if (signal.equals(Signal.PAST_HIGHEST)) {
            return Optional.of(SIGRTMAX + 1); // a number the model has not, for calls to refuse
        }
        if (signal.isRealtime()) {
            int n = SIGRTMIN + signal.realtimeOffset();
            return n <= SIGRTMAX ? Optional.of(n) : Optional.empty();
        }
        int n = STANDARD.indexOf(signal.name());
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    public static Signal signal(int number) {
        return isRealtime(number) ? Signal.realtime(number - SIGRTMIN) : new Signal(name(number), -1);
    }

    public static String name(int number) {
        if (number > 0 && number < STANDARD.size()) {
            return STANDARD.get(number);
        }
        return isRealtime(number) ? "SIGRTMIN+" + (number - SIGRTMIN) : "SIG" + number;
    }

    public static boolean isRealtime(int number) {
        return number >= SIGRTMIN && number <= SIGRTMAX;
    }

    public static DefaultAction defaultAction(int number) {
        String name = name(number);
        if (number == SIGCONT) {
            return DefaultAction.CONTINUE;
        }
        if (CORE.contains(name)) {
            return DefaultAction.CORE;
        }
        if (STOPS.contains(name)) {
            return DefaultAction.STOP;
        }
        if (IGNORED.contains(name)) {
            return DefaultAction.IGNORE;
        }
        return DefaultAction.TERMINATE;
    }

    /** A synchronous fault signal: its handler returns to the faulting access (see SignalHandlerCalls#handle). */
    public static boolean isFault(int number) {
        return FAULTS.contains(name(number));
    }

    public static ExitStatus death(int number) {
        return ExitStatus.killedBy(number, name(number));
    }
}
