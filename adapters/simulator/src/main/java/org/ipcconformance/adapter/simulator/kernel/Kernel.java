package org.ipcconformance.adapter.simulator.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.adapter.simulator.kernel.signal.SignalState;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessThreads;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.Timed;

/**
 * One sandbox's model kernel. Everything in it is guarded by one lock; a blocking operation
 * sleeps on the one condition and re-checks its own wake-up test, so no wake-up can be missed
 * (the model is small, spurious wake-ups are cheap). No state is shared between kernels.
 */
public final class Kernel {
    public static final int PIPE_CAPACITY = 65_536;
    public static final int PIPE_BUF = 4_096;
    public static final String VERSION = "model-1";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Faults faults;
    private final Path runDirectory;
    private final String label;
    private final List<ModelProcess> processes = new ArrayList<>();
    /** shared-address-space: the one global every process sees. */
    private final GlobalVariable sharedGlobal = new GlobalVariable();
    private final SandboxFileSystem fileSystem;
    private final ModelProcess self;
    private final PipeSyscalls pipeCalls;
    private final PollSyscalls pollCalls;
    private final FileSyscalls fileCalls;
    private final MemorySyscalls memoryCalls;
    private final ProcessSyscalls processCalls;
    private final SignalSyscalls signalCalls;
    /** Called under the lock when a process ends, after its descriptors are closed: models of objects it used. */
    private final List<Consumer<ModelProcess>> exitHooks = new ArrayList<>();
    private final String objectPrefix;
    private final SocketSyscalls socketCalls;
    private long nextPid = 1000;
    private long nextId = 1;
    private int nextProcessNumber = 1;
    private int nextPipeNumber = 1;
    private boolean shutDown;
    private final Liveness liveness = new Liveness();

    /**
     * @param runDirectory the run's directory, put on every model process's command line
     * @param directory    the sandbox's directory, which the model's file system stands for
     * @param label        the spec the sandbox runs, for names
     */
    public Kernel(Faults faults, Path runDirectory, Path directory, String label) {
        this.faults = faults;
        this.runDirectory = runDirectory;
        this.label = label;
        this.fileSystem = new SandboxFileSystem(directory, faults);
        this.pipeCalls = new PipeSyscalls(this);
        this.fileCalls = new FileSyscalls(this);
        this.memoryCalls = new MemorySyscalls(this);
        this.processCalls = new ProcessSyscalls(this);
        this.signalCalls = new SignalSyscalls(this);
        this.objectPrefix = KernelObjects.posixPrefix(runDirectory) + directory.getFileName() + "-";
        this.socketCalls = new SocketSyscalls(this);
        this.pollCalls = new PollSyscalls(this);
        // The spec's own process stands for the harness JVM, which ignores SIGPIPE and owns fds 0-2.
        this.self = newProcess("self", null, true, SignalDisposition.IGNORE, Set.of(0, 1, 2));
    }

    public ModelProcess self() {
        return self;
    }

    public PipeSyscalls pipes() {
        return pipeCalls;
    }

    public FileSyscalls files() {
        return fileCalls;
    }

    public MemorySyscalls memory() {
        return memoryCalls;
    }

    public ProcessSyscalls processes() {
        return processCalls;
    }

    public SignalSyscalls signals() {
        return signalCalls;
    }

    public SocketSyscalls sockets() {
        return socketCalls;
    }

    public PollSyscalls polls() {
        return pollCalls;
    }

    public Faults faults() {
        return faults;
    }

    /** The start of every POSIX name this sandbox's objects get, as the native adapter names them: {@code /ipcc-<run>-<sandbox>-}. */
    public String objectPrefix() {
        return objectPrefix;
    }

    /** Registers a model that must hear of every process's end (under the lock). */
    public void onProcessGone(Consumer<ModelProcess> hook) {
        exitHooks.add(hook);
    }

    SandboxFileSystem fileSystem() {
        return fileSystem;
    }

    // ---- the discipline every operation follows ----

    /** Runs one operation of {@code p} under the lock; {@code op} names it in errors. */
    public <T> T syscall(ModelProcess p, String op, Supplier<T> body) {
        lock.lock();
        try {
            refuseAfterDeadlock();
            p.checkAlive(op);
            awaitContinued(p, op);
            p.begin(op);
            try {
                return body.get();
            } finally {
                p.end();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one timed wait of {@code p} under the lock: the deadline made absolute on {@code clock}
     * read at the call, {@code body} given it, and the outcome with the clock read before and
     * after (a failure of the call goes into the outcome, not up).
     */
    public <T> Timed<T> timedSyscall(ModelProcess p, String op, Deadline deadline, ModelClock clock, LongFunction<T> body) {
        return syscall(p, op, () -> {
            long called = clock.now();
            long absolute = deadline.seconds() * 1_000_000_000L + deadline.nanoseconds() + (deadline.relative() ? called : 0);
            T value = null;
            IpcException failure = null;
            try {
                value = body.apply(absolute);
            } catch (IpcException e) {
                failure = e;
            }
            return new Timed<>(value, failure, called, absolute, clock.now());
        });
    }

    /** Runs {@code body} under the lock, for requests that are not operations of a process. */
    public <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts {@code p} to sleep inside {@code op} until the next change anywhere in the kernel; the
     * caller loops on its own condition. While asleep the process's state is BLOCKED in {@code detail}.
     */
    public void sleep(ModelProcess p, String op, String detail) {
        sleep(p, op, detail, -1, false);
    }

    /**
     * As {@link #sleep(ModelProcess, String, String)}, but also woken when {@code clock} reaches
     * {@code deadlineNanos}: a timed wait's sleep. The caller compares the clock with its deadline
     * after it, as a kernel does.
     */
    public void sleepUntil(ModelProcess p, String op, String detail, ModelClock clock, long deadlineNanos) {
        sleep(p, op, detail, Math.max(1, deadlineNanos - clock.now()), false);
    }

    /**
     * {@link #sleep} for a call that has already transferred data: it returns true when a signal
     * handler ran meanwhile (with or without SA_RESTART), and the call then returns the count it
     * transferred instead of failing or resuming (signal(7), read(2)/write(2) "partial").
     */
    public boolean sleepTransferred(ModelProcess p, String op, String detail) {
        return sleep(p, op, detail, -1, !faults.has(Fault.INTERRUPTED_TRANSFER_FAILS));
    }

    /** {@code nanos} &lt; 0: no time limit. */
    private boolean sleep(ModelProcess p, String op, String detail, long nanos, boolean transferred) {
        p.sleeping(detail);
        try {
            if (nanos < 0) {
                awaitChange(p.name() + " asleep in " + detail, () -> new HarnessException(op + " in " + p.name()
                        + " was interrupted while blocked in " + detail + " (the spec's time limit ran out, or its thread was cancelled)"));
            } else {
                // A timed sleep is not stuck: the clock wakes it, so it does not count towards a deadlock.
                changed.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException(op + " in " + p.name() + " was interrupted while blocked in " + detail
                    + " (the spec's time limit ran out, or its thread was cancelled)");
        } finally {
            p.awake(detail);
        }
        p.checkAlive(op);
        awaitContinued(p, op);
        ModelProcess.Interruption interruption = p.takeInterruption();
        if (interruption != ModelProcess.Interruption.NONE && transferred) {
            return true;
        }
        if (interruption == ModelProcess.Interruption.EINTR) {
            throw Errno.EINTR.exception(op + " (a signal handler ran while it slept in " + detail + ")");
        }
        return false;
    }

    /** A stopped process does nothing until SIGCONT (or its death). */
    private void awaitContinued(ModelProcess p, String op) {
        while (p.signals.isStopped()) {
            await(p, op, "stopped", p.name() + " stopped in " + op + ", waiting for SIGCONT");
            p.checkAlive(op);
        }
    }

    /**
     * A busy loop in user space, modelled: {@code p} stays RUNNING (not asleep in a call) while it
     * waits for the next change; the caller loops on its own condition.
     */
    public void spin(ModelProcess p, String op) {
        await(p, op, "a busy loop", p.name() + " spinning in " + op + " (on the CPU, waiting for another process to change something)");
        p.checkAlive(op);
        awaitContinued(p, op);
    }

    private void await(ModelProcess p, String op, String where, String who) {
        awaitChange(who, () -> new HarnessException(op + " in " + p.name() + " was interrupted while " + where
                + " (the spec's time limit ran out, or its thread was cancelled)"));
    }

    /**
     * Every wait of the model: the thread stops counting as one that can act ({@link Liveness})
     * until the next change of the kernel. When it was the last, the sandbox is deadlocked: every
     * waiter leaves with a {@link DeadlockException} naming who waits on what.
     */
    private void awaitChange(String who, Supplier<HarnessException> interrupted) {
        Liveness.Wait w = liveness.begin(who, true);
        try {
            if (liveness.deadlock() == null) {
                changed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.get();
        } finally {
            liveness.end(w);
        }
        refuseAfterDeadlock();
    }

    /** Once proved deadlocked, nothing in the sandbox runs again: every call and wait ends with the deadlock. */
    private void refuseAfterDeadlock() {
        String deadlock = liveness.deadlock();
        if (deadlock != null) {
            changed.signalAll();
            throw new DeadlockException(deadlock);
        }
    }

    /** Who waits on what, once the model has proved that nothing in the sandbox can run again. */
    public Optional<String> deadlock() {
        return locked(() -> Optional.ofNullable(liveness.deadlock()));
    }

    /** What the harness's threads do with this sandbox's pending operations: they count in {@link Liveness}. */
    public HarnessThreads harnessThreads() {
        return harnessThreads;
    }

    private final HarnessThreads harnessThreads = new HarnessThreads() {
        @Override
        public Object started(String operation) {
            return locked(() -> liveness.started(operation));
        }

        @Override
        public void finished(Object token) {
            locked(() -> {
                liveness.finished((Liveness.Operation) token);
                wakeIfDeadlocked();
                return null;
            });
        }

        @Override
        public Object waiting(Object token) {
            return locked(() -> {
                Liveness.Wait w = liveness.waiting((Liveness.Operation) token);
                wakeIfDeadlocked();
                return w;
            });
        }

        @Override
        public void resumed(Object wait) {
            locked(() -> {
                liveness.end((Liveness.Wait) wait);
                return null;
            });
        }
    };

    /** A deadlock declared outside a kernel wait: the kernel's waiters must hear of it. */
    private void wakeIfDeadlocked() {
        if (liveness.deadlock() != null) {
            changed.signalAll();
        }
    }

    /** Waits, as the harness and not as a model process, until {@code p} is gone. */
    ExitStatus awaitGone(ModelProcess p) {
        lock.lock();
        try {
            while (!p.isGone()) {
                awaitChange("the spec waits for " + p.name() + " to exit",
                        () -> new HarnessException("interrupted while waiting for " + p.name() + " to exit"));
            }
            return p.status();
        } finally {
            lock.unlock();
        }
    }

    public void wakeAll() {
        liveness.wakeKernelWaits();
        changed.signalAll();
    }

    // ---- the process table ----

    /** A new process; {@code parent} null starts a family of its own (the harness, an unrelated process). */
    ModelProcess newProcess(String kind, ModelProcess parent, boolean harness, SignalDisposition sigpipe,
                            Set<Integer> reservedFds) {
        if (shutDown) {
            throw new HarnessException("the sandbox of " + label + " is closed: no process can start in it");
        }
        long pid = nextPid++;
        String name = harness ? kind : kind + "-" + nextProcessNumber++;
        GlobalVariable global = faults.has(Fault.SHARED_ADDRESS_SPACE)
                ? sharedGlobal : new GlobalVariable();
        List<String> argv = List.of("ipc-model-program", "--run", runDirectory.toString(), "--spec", label, "--as", name);
        long family = parent == null ? pid : parent.family();
        // A process joins its parent's group and session; one without a parent names its own.
        SignalState signals = parent == null ? new SignalState(pid, pid)
                : new SignalState(parent.signals.group(), parent.signals.session());
        ModelProcess p = new ModelProcess(pid, family, name, harness, sigpipe, argv, reservedFds,
                new ProcessMemory(global), signals);
        processes.add(p);
        return p;
    }

    /** Ends a process: every descriptor it holds is closed (waking readers and writers), its memory goes. */
    void terminate(ModelProcess p, ExitStatus status) {
        if (p.isGone()) {
            return;
        }
        p.markGone(status);
        for (int fd : p.fds.descriptors()) {
            closeDescriptor(p, fd);
        }
        p.memory.release();
        for (Consumer<ModelProcess> hook : exitHooks) {
            hook.accept(p);
        }
        wakeAll();
    }

    List<ModelProcess> liveProcesses() {
        return processes.stream().filter(p -> !p.isGone()).toList();
    }

    // ---- descriptors ----

    public Handle newHandle(String description) {
        return new Handle(nextId++, description);
    }

    long newRegionId() {
        return nextId++;
    }

    int newPipeNumber() {
        return nextPipeNumber++;
    }

    /** Closes one descriptor; the description ends with its last descriptor in any process. */
    void closeDescriptor(ModelProcess p, int fd) {
        OpenFile f = p.fds.remove(fd);
        if (f == null) {
            return;
        }
        if (f.socket != null) {
            f.refs--;
            if (f.refs == 0) {
                socketCalls.network().close(f.socket);
            }
            wakeAll();
            return;
        }
        f.inode.descriptorClosed(f);
        f.refs--;
        if (f.refs == 0) {
            f.inode.detach(f);
        }
        wakeAll();
    }

    /** Drops a description that never got a descriptor (an open that failed while waiting). */
    void abandon(OpenFile f) {
        if (f.refs == 0) {
            f.inode.detach(f);
            wakeAll();
        }
    }

    /** Closes, in every process, the descriptors of one pipe object (unlink-closes-fifo). */
    void revoke(PipeInode inode) {
        inode.revoked = true;
        for (ModelProcess p : liveProcesses()) {
            for (int fd : p.fds.descriptors()) {
                if (p.fds.get(fd).inode == inode) {
                    closeDescriptor(p, fd);
                }
            }
        }
        wakeAll();
    }

    // ---- the end of the sandbox ----

    /** Kills every process and wakes every waiter: each blocked operation leaves with ProcessGoneException. */
    public void shutDown() {
        lock.lock();
        try {
            shutDown = true;
            liveness.stop();
            for (ModelProcess p : liveProcesses()) {
                terminate(p, Signals.SIGKILL);
            }
            wakeAll();
        } finally {
            lock.unlock();
        }
    }
}
