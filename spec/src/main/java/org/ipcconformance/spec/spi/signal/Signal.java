package org.ipcconformance.spec.spi.signal;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A signal by its portable name. Numbers differ between systems (SIGUSR1 is 10 on Linux and 30
 * on macOS), so specs name signals and each adapter maps them; a real-time signal is named by
 * its offset from SIGRTMIN, as POSIX numbers them.
 *
 * @param name           {@code SIGUSR1}, or {@code SIGRTMIN+n} for a real-time signal
 * @param realtimeOffset n for {@code SIGRTMIN+n}, -1 for a standard signal
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Signal(String name, int realtimeOffset) {
    public static final Signal SIGHUP = standard("SIGHUP");
    public static final Signal SIGINT = standard("SIGINT");
    public static final Signal SIGQUIT = standard("SIGQUIT");
    public static final Signal SIGABRT = standard("SIGABRT");
    public static final Signal SIGKILL = standard("SIGKILL");
    public static final Signal SIGSEGV = standard("SIGSEGV");
    public static final Signal SIGUSR1 = standard("SIGUSR1");
    public static final Signal SIGUSR2 = standard("SIGUSR2");
    public static final Signal SIGPIPE = standard("SIGPIPE");
    public static final Signal SIGALRM = standard("SIGALRM");
    public static final Signal SIGTERM = standard("SIGTERM");
    public static final Signal SIGCHLD = standard("SIGCHLD");
    public static final Signal SIGCONT = standard("SIGCONT");
    public static final Signal SIGSTOP = standard("SIGSTOP");
    public static final Signal SIGTSTP = standard("SIGTSTP");
    /**
     * The null signal, number 0: kill(pid, 0) and sigqueue(pid, 0, v) check that the target exists
     * and may be signalled, and send nothing (POSIX kill()). Not a signal anyone can handle, block
     * or ignore: sigaction and sigaddset refuse it with EINVAL.
     */
    public static final Signal NULL_SIGNAL = standard("signal 0");
    /** The number just past the system's highest signal (Linux: SIGRTMAX + 1 = 65), which every call refuses with EINVAL. */
    public static final Signal PAST_HIGHEST = standard("SIGRTMAX+1");

    public Signal {
        Objects.requireNonNull(name, "name");
    }

    private static Signal standard(String name) {
        return new Signal(name, -1);
    }

    /** {@code SIGRTMIN+offset}; POSIX guarantees at least 8 of them (offsets 0 to 7). */
    public static Signal realtime(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("a real-time signal's offset from SIGRTMIN is 0 or more, not " + offset);
        }
        return new Signal("SIGRTMIN+" + offset, offset);
    }

    public boolean isRealtime() {
        return realtimeOffset >= 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
