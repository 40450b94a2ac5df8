package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What a JVM program can do with signals, through sun.misc.Signal (module jdk.unsupported: an
 * exported, documented-as-critical API kept for exactly this use, JEP 260) and ProcessHandle.
 * Signals are named as the JVM names them, without "SIG" ({@code TERM}).
 */
public final class SignalOps {
    private static final String FEATURE = "SIGNAL_HANDLERS";

    private DeliveryRecorder recorder;

    /** Installs the recording handler; the log goes to {@code log} (opened on first use). */
    public void handle(String name, Path log) throws IOException {
        if (recorder == null) {
            recorder = DeliveryRecorder.open(log);
        }
        set(name, recorder);
    }

    public void ignore(String name) throws IOException {
        set(name, SignalHandler.SIG_IGN);
    }

    public void reset(String name) throws IOException {
        set(name, SignalHandler.SIG_DFL);
    }

    /** Raises a signal in this process: the JVM's raise(3), the only way it sends what it names. */
    public static void raise(String name) throws IOException {
        Signal.raise(signal(name));
    }

    /**
     * SIGTERM ({@link ProcessHandle#destroy()}) or SIGKILL ({@link ProcessHandle#destroyForcibly()})
     * to another process, checked against its start time so that a recycled pid is not hit.
     */
    public static void kill(long pid, long startMillis, boolean forcibly) throws IOException {
        Optional<ProcessHandle> target = ProcessHandle.of(pid);
        if (target.isEmpty() || startMillis >= 0 && !target.get().info().startInstant().map(Instant::toEpochMilli).orElse(-1L)
                .equals(startMillis)) {
            throw new IOException("No such process: ProcessHandle.of(" + pid + ") finds no process started at " + startMillis);
        }
        boolean sent = forcibly ? target.get().destroyForcibly() : target.get().destroy();
        if (!sent) {
            throw new IOException("No such process: ProcessHandle.destroy" + (forcibly ? "Forcibly" : "") + "() of pid " + pid
                    + " returned false (it is no longer alive)");
        }
    }

    /**
     * Sets a disposition and checks that the JVM really did: HotSpot leaves SIGHUP, SIGINT and
     * SIGTERM ignored once they are (the nohup rule of JVM_RegisterSignal) and reports success.
     * A signal the JVM handles itself (its crash, suspend or SIGPIPE handlers) is given back.
     */
    private static void set(String name, SignalHandler wanted) throws IOException {
        Signal sig = signal(name);
        SignalHandler old;
        try {
            old = Signal.handle(sig, wanted);
        } catch (IllegalArgumentException e) {
            if (name.equals("KILL") || name.equals("STOP")) {
                throw new SignalRefusedException("sun.misc.Signal.handle(SIG" + name + "): " + e.getMessage()
                        + " (sigaction refuses SIGKILL and SIGSTOP)");
            }
            throw new NotExpressibleException(FEATURE, "the JVM keeps SIG" + name + " for itself: sun.misc.Signal.handle refuses it ("
                    + e.getMessage() + ")");
        }
        if (ownedByJvm(name, old)) {
            Signal.handle(sig, old);
            throw new NotExpressibleException(FEATURE, "the JVM has its own handler for SIG" + name
                    + " (crash, thread suspension or SIGPIPE handling); replacing it would break the JVM, so it was put back");
        }
        SignalHandler now = Signal.handle(sig, wanted);
        if (now != wanted) {
            throw new NotExpressibleException(FEATURE, "the JVM keeps SIG" + name + " ignored: once SIGHUP, SIGINT or SIGTERM is ignored"
                    + " (inherited at start, as under nohup or in a background job, or by an earlier ignore), HotSpot's"
                    + " JVM_RegisterSignal leaves it ignored and sun.misc.Signal.handle cannot change it");
        }
    }

    /** A handler that is neither a disposition, nor ours, nor the JVM's shutdown handler of HUP, INT and TERM. */
    private static boolean ownedByJvm(String name, SignalHandler old) {
        if (old == SignalHandler.SIG_DFL || old == SignalHandler.SIG_IGN || old instanceof DeliveryRecorder) {
            return false;
        }
        return !(name.equals("HUP") || name.equals("INT") || name.equals("TERM"));
    }

    /** HotSpot's names are the platform's signals: one it does not know, the system does not have (EINVAL). */
    private static Signal signal(String name) throws SignalRefusedException {
        try {
            return new Signal(name);
        } catch (IllegalArgumentException e) {
            throw new SignalRefusedException("sun.misc.Signal(\"" + name + "\"): " + e.getMessage());
        }
    }
}
