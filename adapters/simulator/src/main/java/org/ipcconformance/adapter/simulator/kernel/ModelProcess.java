package org.ipcconformance.adapter.simulator.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.simulator.kernel.signal.SignalState;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.SignalDisposition;

/**
 * An entry of the model's process table. All fields are guarded by the kernel's lock. The model's
 * own process ("self", the harness) may run several operations at once, as a JVM's threads do;
 * the harness lets any other run one at a time, as a single-threaded agent would.
 */
public final class ModelProcess {
    private final long pid;
    /** The pid of the first ancestor not started as a child: related processes share it. */
    private final long family;
    private final String name;
    private final boolean harness;
    private final SignalDisposition sigpipe;
    private final List<String> argv;
    final FdTable fds;
    final ProcessMemory memory;
    final SignalState signals;
    /** Started without privileges ({@code ChildOptions.withoutPrivileges()}): no raw sockets, no reserved ports. */
    boolean unprivileged;

    private ExitStatus status;
    /** A handler ran while the process slept in a call; {@link #restartable} says whether it had SA_RESTART. */
    private boolean interrupted;
    private boolean restartable;
    private final Deque<String> blockedIn = new ArrayDeque<>();
    private String running;
    private int active;

    ModelProcess(long pid, long family, String name, boolean harness, SignalDisposition sigpipe, List<String> argv,
                 Set<Integer> reservedFds, ProcessMemory memory, SignalState signals) {
        this.pid = pid;
        this.family = family;
        this.name = name;
        this.harness = harness;
        this.sigpipe = sigpipe;
        this.argv = List.copyOf(argv);
        this.fds = new FdTable(reservedFds);
        this.memory = memory;
        this.signals = signals;
    }

    public long pid() {
        return pid;
    }

    long family() {
        return family;
    }

    /**
     * The model's user of this process: a process started without privileges is another user
     * (nobody, 65534) than the privileged ones (root, 0), and holds no capability.
     */
    public int uid() {
        return unprivileged ? 65534 : 0;
    }

    /** Root's override of IPC permissions (CAP_IPC_OWNER, CAP_DAC_OVERRIDE); an unprivileged process has none. */
    public boolean overridesPermissions() {
        return !unprivileged;
    }

    public String name() {
        return name;
    }

    /** True for the spec's own process, which stands for the harness JVM. */
    public boolean isHarness() {
        return harness;
    }

    /** The model's command line: it names the run directory, like every process a run starts. */
    public List<String> argv() {
        return argv;
    }

    SignalDisposition sigpipe() {
        return sigpipe;
    }

    boolean isGone() {
        return status != null;
    }

    ExitStatus status() {
        return status;
    }

    void markGone(ExitStatus s) {
        status = s;
    }

    public void checkAlive(String operation) {
        if (status != null) {
            throw new ProcessGoneException(operation, status);
        }
    }

    void begin(String operation) {
        active++;
        running = operation;
    }

    void end() {
        active--;
        if (active == 0) {
            running = null;
        }
    }

    void sleeping(String detail) {
        blockedIn.addLast(detail);
    }

    void awake(String detail) {
        blockedIn.removeFirstOccurrence(detail);
    }

    boolean isSleeping() {
        return !blockedIn.isEmpty();
    }

    /** A handler ran while this process slept; {@code restart}: it was installed with SA_RESTART. */
    void interrupt(boolean restart) {
        restartable = (!interrupted || restartable) && restart; // two handlers: EINTR unless both restart
        interrupted = true;
    }

    /** Once after a handler ran during a sleep: whether the call is to fail with EINTR (false: it resumes). */
    Interruption takeInterruption() {
        Interruption i = !interrupted ? Interruption.NONE : restartable ? Interruption.RESTART : Interruption.EINTR;
        interrupted = false;
        restartable = false;
        return i;
    }

    /** How a sleep ended with respect to signal handlers. */
    enum Interruption {
        NONE,
        /** A handler without SA_RESTART ran: the call fails with EINTR (or returns what it transferred). */
        EINTR,
        /** Only SA_RESTART handlers ran: the call resumes (or returns what it transferred). */
        RESTART
    }

    ProcState state() {
        if (status != null) {
            return new ProcState(ProcState.Kind.EXITED, status.toString());
        }
        if (signals.isStopped()) {
            return new ProcState(ProcState.Kind.STOPPED, "stopped by a signal" + (running == null ? "" : " in " + running));
        }
        if (!blockedIn.isEmpty()) {
            return new ProcState(ProcState.Kind.BLOCKED, blockedIn.peekFirst());
        }
        if (active > 0) {
            return new ProcState(ProcState.Kind.RUNNING, running);
        }
        return new ProcState(ProcState.Kind.IDLE, "");
    }
}
