package org.ipcconformance.adapter.simulator.kernel;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.signal.DefaultAction;
import org.ipcconformance.adapter.simulator.kernel.signal.Disposition;
import org.ipcconformance.adapter.simulator.kernel.signal.ModelTerminal;
import org.ipcconformance.adapter.simulator.kernel.signal.Queued;
import org.ipcconformance.adapter.simulator.kernel.signal.SignalState;
import org.ipcconformance.adapter.simulator.kernel.signal.SignalTable;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.MaskChange;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.SignalAction;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * sigaction, sigprocmask, kill, sigqueue, abort, a fault, and the terminal's interrupt
 * character: generation puts a signal in the target's pending set (or acts at once for SIGKILL,
 * SIGSTOP and SIGCONT), and delivery runs as soon as the target may take it (not stopped, not
 * blocked), lowest number first. The spec's own process stands for the harness JVM: it sends
 * and opens terminals, but the adapter offers no calls on its own dispositions and mask, which
 * are not the model's to change (as on the native adapter).
 */
public final class SignalSyscalls {
    private final Kernel k;
    private int nextTerminal = 0;

    SignalSyscalls(Kernel kernel) {
        this.k = kernel;
    }

    /** The ends of a new terminal: the master held by the opener, and the process in its foreground. */
    public record Terminal(Handle master, byte interruptCharacter, ModelProcess foreground) {
    }

    // ---- disposition ----

    /** The plain recording handler: SA_SIGINFO, every signal blocked while it runs (sigfillset), as the native agent's. */
    public void handle(ModelProcess p, Signal s) {
        setDisposition(p, s, Disposition.HANDLE, "recording handler");
        k.locked(() -> {
            if (p.signals.disposition(numberOf(s)) == Disposition.HANDLE) {
                p.signals.setHandler(numberOf(s), EVERY_SIGNAL_BLOCKED);
            }
            return null;
        });
    }

    private static final HandlerOptions EVERY_SIGNAL_BLOCKED = HandlerOptions.siginfoHandler().blocking(everySignal());

    private static Signal[] everySignal() {
        List<Signal> all = new ArrayList<>();
        for (int n = 1; n <= SignalTable.SIGRTMAX; n++) {
            boolean modelled = SignalTable.number(SignalTable.signal(n)).isPresent(); // not 32 and 33, kept by libc
            if (n != SignalTable.SIGKILL && n != SignalTable.SIGSTOP && modelled) {
                all.add(SignalTable.signal(n));
            }
        }
        return all.toArray(Signal[]::new);
    }

    private static int numberOf(Signal s) {
        return SignalTable.number(s).orElseThrow();
    }

    /** sigaction with chosen flags and sa_mask: the recording handler, installed as {@code options} says. */
    public void handle(ModelProcess p, Signal s, HandlerOptions options) {
        String op = p.name() + ": sigaction(" + s + ", recording handler, " + options + ")";
        k.syscall(p, op, () -> {
            int n = number(s, op);
            if (n == SignalTable.SIGKILL || n == SignalTable.SIGSTOP) {
                throw Errno.EINVAL.exception(op + " (" + s + " cannot be caught or ignored)");
            }
            for (Signal m : options.mask()) {
                number(m, op); // sigaddset refuses what is not a signal
            }
            p.signals.setHandler(n, options);
            return null;
        });
    }

    /** sigaction(s, act, &oact) with act a saved action of this process (null: only queries); returns oact. */
    public SignalAction sigaction(ModelProcess p, Signal s, SignalAction act) {
        String op = p.name() + ": sigaction(" + s + ", " + (act == null ? "NULL" : act) + ", &oact)";
        return k.syscall(p, op, () -> {
            int n = k.faults().has(Fault.INVALID_SIGACTION_ACCEPTED) ? known(s, op) : number(s, op);
            SignalState.Saved install = null;
            if (act != null) {
                install = p.signals.saved(act.token());
                if (install == null) {
                    throw Errno.EINVAL.exception(op + " (" + act + " was not reported by this process's sigaction)");
                }
                if ((n == SignalTable.SIGKILL || n == SignalTable.SIGSTOP) && install.disposition() != Disposition.DEFAULT) {
                    throw Errno.EINVAL.exception(op + " (" + s + " cannot be caught or ignored)");
                }
            }
            int token = p.signals.save(n);
            SignalState.Saved old = p.signals.saved(token);
            if (install != null && n > 0 && n <= SignalTable.SIGRTMAX) {
                if (install.disposition() == Disposition.HANDLE && !k.faults().has(Fault.OACT_REINSTALLS_DEFAULT)) {
                    p.signals.setHandler(n, install.options());
                } else {
                    p.signals.setDisposition(n, install.disposition() == Disposition.HANDLE ? Disposition.DEFAULT : install.disposition());
                    if (install.disposition() == Disposition.IGNORE) {
                        p.signals.pending().discard(n);
                    }
                }
            }
            SignalAction.Kind kind = switch (old.disposition()) {
                case DEFAULT -> SignalAction.Kind.DEFAULT;
                case IGNORE -> SignalAction.Kind.IGNORE;
                case HANDLE -> SignalAction.Kind.HANDLER;
            };
            return new SignalAction(kind, old.options(), token);
        });
    }

    public void ignore(ModelProcess p, Signal s) {
        setDisposition(p, s, Disposition.IGNORE, "SIG_IGN");
    }

    public void reset(ModelProcess p, Signal s) {
        setDisposition(p, s, Disposition.DEFAULT, "SIG_DFL");
    }

    private void setDisposition(ModelProcess p, Signal s, Disposition d, String what) {
        String op = p.name() + ": sigaction(" + s + ", " + what + ")";
        k.syscall(p, op, () -> {
            int n = number(s, op);
            boolean catchableKill = n == SignalTable.SIGKILL && k.faults().has(Fault.CATCHABLE_SIGKILL);
            if ((n == SignalTable.SIGKILL || n == SignalTable.SIGSTOP) && d != Disposition.DEFAULT && !catchableKill) {
                throw Errno.EINVAL.exception(op + " (" + s + " cannot be caught or ignored)");
            }
            p.signals.setDisposition(n, d);
            if (d == Disposition.IGNORE && !k.faults().has(Fault.IGNORE_KEEPS_PENDING)) {
                p.signals.pending().discard(n); // POSIX: setting SIG_IGN discards a pending instance
            }
            return null;
        });
    }

    public List<Delivery> deliveries(ModelProcess p) {
        return k.locked(() -> List.copyOf(p.signals.log()));
    }

    // ---- mask and pending set ----

    public void block(ModelProcess p, Signal... signals) {
        String op = p.name() + ": sigprocmask(SIG_BLOCK, " + List.of(signals) + ")";
        k.syscall(p, op, () -> {
            for (Signal s : signals) {
                int n = number(s, op);
                if (n != SignalTable.SIGKILL && n != SignalTable.SIGSTOP) { // silently not blockable
                    p.signals.mask().add(n);
                }
            }
            return null;
        });
    }

    /** Unblocks and delivers, before returning, what is pending and now unblocked. */
    public List<Delivery> unblock(ModelProcess p, Signal... signals) {
        String op = p.name() + ": sigprocmask(SIG_UNBLOCK, " + List.of(signals) + ")";
        return k.syscall(p, op, () -> {
            List<Integer> numbers = new ArrayList<>();
            for (Signal s : signals) {
                numbers.add(number(s, op));
            }
            int before = p.signals.log().size();
            p.signals.mask().removeAll(numbers);
            if (!k.faults().has(Fault.UNBLOCK_DOES_NOT_DELIVER)) {
                deliverPending(p);
            }
            p.checkAlive(op);
            return List.copyOf(p.signals.log().subList(before, p.signals.log().size()));
        });
    }

    /** sigprocmask(how, set, &oset): returns oset; set null only queries; what it unblocks is delivered before it returns. */
    public Set<Signal> sigprocmask(ModelProcess p, MaskChange how, Set<Signal> set) {
        String op = p.name() + ": sigprocmask(" + how + ", " + (set == null ? "NULL" : set) + ")";
        return k.syscall(p, op, () -> {
            Set<Signal> old = signalsOf(p.signals.mask());
            if (set == null) {
                return old;
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Signal s : set) {
                numbers.add(number(s, op));
            }
            numbers.remove(SignalTable.SIGKILL); // silently not blockable
            numbers.remove(SignalTable.SIGSTOP);
            MaskChange effective = how == MaskChange.INVALID && k.faults().has(Fault.INVALID_HOW_ACCEPTED) ? MaskChange.SET_MASK : how;
            switch (effective) {
                case BLOCK -> p.signals.mask().addAll(numbers);
                case UNBLOCK -> p.signals.mask().removeAll(numbers);
                case SET_MASK -> {
                    if (!k.faults().has(Fault.SETMASK_UNIONS)) {
                        p.signals.mask().clear();
                    }
                    p.signals.mask().addAll(numbers);
                }
                case INVALID -> throw Errno.EINVAL.exception(op + " (how is none of SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK)");
            }
            deliverPending(p);
            p.checkAlive(op);
            return old;
        });
    }

    /** sigsuspend: the mask replaced until a handler has run, then the old one back; always EINTR. */
    public void sigsuspend(ModelProcess p, Signal... mask) {
        String op = p.name() + ": sigsuspend(" + List.of(mask) + ")";
        k.syscall(p, op, () -> {
            Set<Integer> temporary = new TreeSet<>();
            for (Signal s : mask) {
                temporary.add(number(s, op));
            }
            temporary.remove(SignalTable.SIGKILL); // never blockable, not even here
            temporary.remove(SignalTable.SIGSTOP);
            Set<Integer> old = Set.copyOf(p.signals.mask());
            int before = p.signals.log().size();
            p.signals.mask().clear();
            p.signals.mask().addAll(temporary);
            try {
                deliverPending(p);
                while (p.signals.log().size() == before) {
                    try {
                        k.sleep(p, op, "sigsuspend");
                    } catch (IpcException e) {
                        if (e.error() != IpcError.INTERRUPTED) {
                            throw e;
                        }
                    }
                }
            } finally {
                if (!k.faults().has(Fault.SIGSUSPEND_KEEPS_MASK)) {
                    p.signals.mask().clear();
                    p.signals.mask().addAll(old);
                }
            }
            throw Errno.EINTR.exception(op + " (a handler ran; sigsuspend always ends with EINTR)");
        });
    }

    public Set<Signal> blocked(ModelProcess p) {
        return k.locked(() -> {
            p.checkAlive(p.name() + ": the signal mask");
            return signalsOf(p.signals.mask());
        });
    }

    public Set<Signal> pending(ModelProcess p) {
        return k.locked(() -> {
            p.checkAlive(p.name() + ": the pending set");
            return signalsOf(p.signals.pending().numbers());
        });
    }

    private static Set<Signal> signalsOf(Set<Integer> numbers) {
        Set<Signal> out = new LinkedHashSet<>();
        for (int n : new TreeSet<>(numbers)) {
            out.add(SignalTable.signal(n));
        }
        return out;
    }

    // ---- sending ----

    public void kill(ModelProcess sender, ModelProcess target, Signal s) {
        send(sender, target, s, 0, false);
    }

    public void queue(ModelProcess sender, ModelProcess target, Signal s, int value) {
        send(sender, target, s, value, true);
    }

    /**
     * raise, kill(getpid()) or sigqueue(getpid()): generated for the caller, whose pending
     * unblocked signals are delivered before the call returns; returns what its handler logged.
     */
    public List<Delivery> sendToSelf(ModelProcess p, SelfSend how, Signal s, int value) {
        String op = p.name() + ": " + how + "(self, " + s + ")";
        return k.syscall(p, op, () -> {
            int n = number(s, op);
            int before = p.signals.log().size();
            boolean queued = how == SelfSend.SIGQUEUE;
            Queued q = new Queued(n, queued ? value : 0, queued ? Delivery.Source.QUEUE : Delivery.Source.USER, p.pid());
            if (k.faults().has(Fault.SELF_SIGNAL_DEFERRED)) {
                p.signals.pending().add(q, SignalTable.isRealtime(n)); // left for the next delivery
            } else {
                generate(p, q);
            }
            if (p.isGone()) {
                throw new ProcessGoneException(op, p.status());
            }
            return List.copyOf(p.signals.log().subList(before, p.signals.log().size()));
        });
    }

    /** setrlimit(RLIMIT_SIGPENDING) of {@code p}: how many sigqueue instances may wait for it; returns the old limit. */
    public long limitQueue(ModelProcess p, int signals) {
        String op = p.name() + ": setrlimit(RLIMIT_SIGPENDING, " + signals + ")";
        return k.syscall(p, op, () -> {
            if (signals < 0) {
                throw Errno.EINVAL.exception(op + " (a negative limit)");
            }
            long old = p.signals.queueLimit();
            p.signals.setQueueLimit(signals);
            return old;
        });
    }

    /** The guard that keeps the model finite under sigqueue-unbounded. */
    private static final int QUEUE_GUARD = 65_536;

    private void send(ModelProcess sender, ModelProcess target, Signal s, int value, boolean queued) {
        String op = sender.name() + ": " + (queued ? "sigqueue(" + target.name() + ", " + s + ", " + value + ")"
                : "kill(" + target.name() + ", " + s + ")");
        k.syscall(sender, op, () -> {
            int n = k.faults().has(Fault.INVALID_SIGNAL_ACCEPTED) && known(s, op) > SignalTable.SIGRTMAX ? 0 : sendable(s, op);
            boolean probe = n == 0; // the null signal: error checking only, nothing is sent
            if (target.isGone() && !(probe && k.faults().has(Fault.NULL_SIGNAL_UNCHECKED))) {
                throw Errno.ESRCH.exception(op + " (" + target.name() + " has ended: " + target.status() + ")");
            }
            // POSIX kill(): the sender's uid must match the target's (or the sender be privileged).
            // POSIX kill(): SIGCONT within the sender's session is exempt from the uid match.
            boolean sessionContinue = n == SignalTable.SIGCONT && sender.signals.session() == target.signals.session()
                    && !k.faults().has(Fault.SIGCONT_NEEDS_UID);
            if (sender.unprivileged && !target.unprivileged && !sessionContinue && !k.faults().has(Fault.KILL_IGNORES_PERMISSION)) {
                throw Errno.EPERM.exception(op + " (" + sender.name() + " is unprivileged and " + target.name()
                        + " belongs to another user)");
            }
            if (probe || target.isGone()) {
                return null;
            }
            if (k.faults().has(Fault.KILL_ONLY_IDLE_TARGETS) && target.state().kind() != ProcState.Kind.IDLE) {
                throw Errno.EAGAIN.exception(op + " (" + target.name() + " is " + target.state() + ", not idle)");
            }
            if (queued && !(!SignalTable.isRealtime(n) && target.signals.pending().numbers().contains(n))) {
                long limit = k.faults().has(Fault.SIGQUEUE_UNBOUNDED) ? QUEUE_GUARD : target.signals.queueLimit();
                if (target.signals.pending().queuedCount() >= limit) {
                    throw Errno.EAGAIN.exception(op + " (" + target.name() + " already has " + limit
                            + " queued signals pending: its RLIMIT_SIGPENDING)");
                }
            }
            generate(target, new Queued(n, queued ? value : 0, queued ? Delivery.Source.QUEUE : Delivery.Source.USER,
                    sender.pid()));
            return null;
        });
    }

    // ---- sources inside the process ----

    /** abort(3): SIGABRT unblocked and raised; if a handler returns, SIG_DFL and raised again. */
    public void abort(ModelProcess p) {
        String op = p.name() + ": abort()";
        k.syscall(p, op, () -> {
            Queued abrt = new Queued(SignalTable.SIGABRT, 0, Delivery.Source.USER, p.pid());
            p.signals.mask().remove(SignalTable.SIGABRT);
            generate(p, abrt);
            if (!p.isGone() && !k.faults().has(Fault.ABORT_RETURNS)) {
                p.signals.setDisposition(SignalTable.SIGABRT, Disposition.DEFAULT);
                generate(p, abrt);
            }
            if (p.isGone()) {
                throw new ProcessGoneException(op, p.status());
            }
            return null;
        });
    }

    /**
     * A store through a null pointer: the fault forces SIGSEGV (unblocked, and back to the default
     * when ignored, as Linux's force_sig does); a handler is one-shot and the access faults again.
     */
    public void touchInvalidMemory(ModelProcess p) {
        String op = p.name() + ": store through a null pointer";
        k.syscall(p, op, () -> {
            Queued segv = new Queued(SignalTable.SIGSEGV, 0, Delivery.Source.KERNEL, -1);
            while (!p.isGone()) {
                p.signals.mask().remove(SignalTable.SIGSEGV);
                if (p.signals.disposition(SignalTable.SIGSEGV) == Disposition.IGNORE) {
                    p.signals.setDisposition(SignalTable.SIGSEGV, Disposition.DEFAULT);
                }
                generate(p, segv);
            }
            throw new ProcessGoneException(op, p.status());
        });
    }

    /** A busy loop until the handler has logged {@code s}; the process is RUNNING meanwhile. */
    public Delivery spinUntilDelivered(ModelProcess p, Signal s) {
        String op = p.name() + ": busy loop until " + s + " is delivered";
        return k.syscall(p, op, () -> {
            int n = number(s, op);
            if (p.signals.disposition(n) != Disposition.HANDLE) {
                throw Errno.EINVAL.exception(op + " (no recording handler for " + s + ": nothing would log it)");
            }
            int from = p.signals.log().size();
            while (true) {
                List<Delivery> log = p.signals.log();
                for (int i = from; i < log.size(); i++) {
                    if (log.get(i).signal().equals(s)) {
                        return log.get(i);
                    }
                }
                from = log.size();
                k.spin(p, op);
            }
        });
    }

    // ---- terminals ----

    /** A pseudo-terminal: the master in {@code opener}, a child leading a new session in its foreground. */
    public Terminal openTerminal(ModelProcess opener) {
        String op = opener.name() + ": open a pseudo-terminal with a foreground process";
        return k.syscall(opener, op, () -> {
            ModelProcess fg = k.newProcess("terminal", opener, false, SignalDisposition.DEFAULT, Set.of(0, 1, 2));
            fg.signals.leadNewSession(fg.pid());
            String label = "pty#" + ++nextTerminal;
            PipeInode line = new PipeInode(label, false, k.faults());
            line.terminal = new ModelTerminal(label, fg.pid());
            OpenFile master = new OpenFile(k.newHandle(label + " master"), line, line.bufferFor(opener),
                    false, true, false, true, false);
            OpenFile slave = new OpenFile(k.newHandle(label + " slave (controlling terminal of " + fg.name() + ")"),
                    line, line.bufferFor(fg), true, false, true, false, false);
            opener.fds.install(master);
            fg.fds.install(slave);
            return new Terminal(master.handle, ModelTerminal.VINTR, fg);
        });
    }

    /**
     * The line discipline (ISIG): each interrupt character typed on the master signals the
     * foreground process group and is not passed on; returns the bytes that are.
     */
    byte[] typed(ModelProcess typist, ModelTerminal terminal, byte[] data) {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        int signal = k.faults().has(Fault.TERMINAL_SENDS_SIGQUIT) ? SignalTable.SIGQUIT : SignalTable.SIGINT;
        for (byte b : data) {
            if (b != ModelTerminal.VINTR) {
                rest.write(b);
                continue;
            }
            for (ModelProcess p : k.liveProcesses()) {
                if (p.signals.group() == terminal.foregroundGroup()) {
                    generate(p, new Queued(signal, 0, Delivery.Source.KERNEL, -1));
                }
            }
        }
        return rest.toByteArray();
    }

    // ---- generation and delivery, the lock held ----

    private void generate(ModelProcess p, Queued q) {
        if (p.isGone()) {
            return;
        }
        SignalState st = p.signals;
        int n = q.number();
        if (n == SignalTable.SIGKILL && st.disposition(n) == Disposition.DEFAULT) {
            k.terminate(p, SignalTable.death(n));
            return;
        }
        if (n == SignalTable.SIGSTOP) {
            st.pending().discard(SignalTable.SIGCONT);
            st.setStopped(true);
            k.wakeAll();
            return;
        }
        if (n == SignalTable.SIGCONT) {
            // SIGCONT continues the process whatever its mask; a handler for it runs as any other.
            for (int pendingSignal : List.copyOf(st.pending().numbers())) {
                if (SignalTable.defaultAction(pendingSignal) == DefaultAction.STOP && !k.faults().has(Fault.CONT_KEEPS_STOP_PENDING)) {
                    st.pending().discard(pendingSignal);
                }
            }
            st.setStopped(false);
            k.wakeAll();
        } else if (SignalTable.defaultAction(n) == DefaultAction.STOP && st.disposition(n) == Disposition.DEFAULT) {
            st.pending().discard(SignalTable.SIGCONT);
        }
        if (ignored(st, n) && !st.mask().contains(n)) {
            if (k.faults().has(Fault.IGNORE_KEEPS_PENDING)) {
                st.pending().add(q, SignalTable.isRealtime(n)); // kept, not discarded
                return;
            }
            deliverPending(p); // discarded at generation, as Linux does for an unblocked ignored signal
            return;
        }
        boolean realtime = SignalTable.isRealtime(n);
        boolean queues = realtime ? !k.faults().has(Fault.REALTIME_SIGNALS_COALESCE)
                : k.faults().has(Fault.STANDARD_SIGNALS_QUEUE);
        st.pending().add(q, queues);
        deliverPending(p);
    }

    /** The mask a handler runs with: the old one, its sa_mask, and the signal itself unless SA_NODEFER. */
    private Set<Integer> handlerMask(int n, HandlerOptions options, Set<Integer> old) {
        Set<Integer> during = new TreeSet<>(old);
        if (!k.faults().has(Fault.HANDLER_IGNORES_SA_MASK)) {
            for (Signal m : options.mask()) {
                during.add(numberOf(m));
            }
        }
        if (!options.noDefer() || k.faults().has(Fault.NODEFER_IGNORED)) {
            during.add(n);
        }
        during.remove(SignalTable.SIGKILL);
        during.remove(SignalTable.SIGSTOP);
        return during;
    }

    /** Whether a handler ends the call its process sleeps in with EINTR (else the call resumes: SA_RESTART); a call that transferred data returns its count either way. */
    private boolean interrupts(HandlerOptions options) {
        if (k.faults().has(Fault.CALLS_ALWAYS_RESTART)) {
            return false;
        }
        return !options.restart() || k.faults().has(Fault.RESTART_IGNORED);
    }

    private static boolean ignored(SignalState st, int n) {
        Disposition d = st.disposition(n);
        return d == Disposition.IGNORE || d == Disposition.DEFAULT && SignalTable.defaultAction(n) == DefaultAction.IGNORE;
    }

    /** Delivers what may be delivered now, lowest number first, until the process stops or dies. */
    private void deliverPending(ModelProcess p) {
        SignalState st = p.signals;
        boolean stoppedHandles = k.faults().has(Fault.STOPPED_PROCESS_HANDLES_SIGNALS);
        Set<Integer> mask = k.faults().has(Fault.IGNORED_SIGNAL_MASK) ? Set.of() : st.mask();
        while (!p.isGone() && (!st.isStopped() || stoppedHandles)) {
            var next = st.pending().takeNext(mask, k.faults().has(Fault.REALTIME_HIGHEST_FIRST));
            if (next.isEmpty()) {
                return;
            }
            act(p, next.get());
        }
    }

    private void act(ModelProcess p, Queued q) {
        SignalState st = p.signals;
        int n = q.number();
        switch (st.disposition(n)) {
            case HANDLE -> {
                HandlerOptions options = st.options(n);
                Set<Integer> old = Set.copyOf(st.mask());
                Set<Integer> during = handlerMask(n, options, old);
                if (SignalTable.isFault(n) || options.resetHand() && !k.faults().has(Fault.RESETHAND_IGNORED)) {
                    st.setDisposition(n, Disposition.DEFAULT); // one-shot on entry: SA_RESETHAND (the native agent's for faults)
                }
                st.record(q, during, options.siginfo());
                // The handler returns: the mask it ran with goes, the old one is back.
                st.mask().clear();
                boolean chosenMask = !options.mask().isEmpty() && !options.equals(EVERY_SIGNAL_BLOCKED);
                st.mask().addAll(k.faults().has(Fault.HANDLER_MASK_KEPT) && chosenMask ? during : old);
                if (p.isSleeping()) {
                    p.interrupt(!interrupts(options));
                }
                k.wakeAll();
            }
            case IGNORE -> {
            }
            case DEFAULT -> {
                switch (SignalTable.defaultAction(n)) {
                    case TERMINATE, CORE -> k.terminate(p, SignalTable.death(n));
                    case STOP -> {
                        st.setStopped(true);
                        k.wakeAll();
                    }
                    case CONTINUE, IGNORE -> {
                    }
                }
            }
        }
    }

    // ---- checks ----

    /** A signal a disposition or a mask may name: 1 to SIGRTMAX (sigaction and sigaddset refuse 0 and beyond). */
    private static int number(Signal s, String op) {
        int n = sendable(s, op);
        if (n == 0) {
            throw Errno.EINVAL.exception(op + " (0 is the null signal, not a signal with a disposition or a mask bit)");
        }
        return n;
    }

    /** A number kill and sigqueue accept: the null signal 0, or 1 to SIGRTMAX. */
    private static int sendable(Signal s, String op) {
        int n = known(s, op);
        if (n < 0 || n > SignalTable.SIGRTMAX) {
            throw Errno.EINVAL.exception(op + " (" + n + " is past the highest signal, SIGRTMAX = " + SignalTable.SIGRTMAX + ")");
        }
        return n;
    }

    private static int known(Signal s, String op) {
        return SignalTable.number(s).orElseThrow(() -> Errno.EINVAL.exception(op + " (the model has no signal "
                + s + "; it has SIGHUP to SIGSYS and SIGRTMIN+0 to SIGRTMIN+" + (SignalTable.SIGRTMAX - SignalTable.SIGRTMIN) + ")"));
    }
}
