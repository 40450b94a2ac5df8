package org.ipcconformance.adapter.natives.signal;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.libc.Limits;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.LinuxConstants;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.RealtimeSignalCalls;
import org.ipcconformance.spec.spi.SignalFaultCalls;
import org.ipcconformance.spec.spi.SignalHandlerCalls;
import org.ipcconformance.spec.spi.SignalMaskCalls;
import org.ipcconformance.spec.spi.SignalSendCalls;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.MaskChange;
import org.ipcconformance.spec.spi.signal.SelfSend;
import org.ipcconformance.spec.spi.signal.SignalAction;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * The signal calls of an agent: each a request carried out by the agent (agent-signals.c),
 * except the observations, which read the agent's delivery log and /proc/PID/status from outside
 * (or, where /proc shows no signal sets, ask the agent for its own: SIG_SETS).
 */
public final class AgentSignals implements SignalHandlerCalls, SignalMaskCalls, SignalSendCalls, RealtimeSignalCalls,
        SignalFaultCalls {
    static final Op OP_LOG = Op.SIG_LOG;
    static final Op OP_HANDLE = Op.SIG_HANDLE;
    static final Op OP_IGNORE = Op.SIG_IGNORE;
    static final Op OP_RESET = Op.SIG_RESET;
    static final Op OP_BLOCK = Op.SIG_BLOCK;
    static final Op OP_UNBLOCK = Op.SIG_UNBLOCK;
    static final Op OP_KILL = Op.SIG_KILL;
    static final Op OP_QUEUE = Op.SIG_QUEUE;
    static final Op OP_ABORT = Op.SIG_ABORT;
    static final Op OP_SEGV = Op.SIG_SEGV;
    static final Op OP_SPIN = Op.SIG_SPIN;
    static final Op OP_TTY = Op.SIG_TTY;
    static final Op OP_SETS = Op.SIG_SETS;
    static final Op OP_HANDLE_WITH = Op.SIG_HANDLE_WITH;
    static final Op OP_QUEUE_LIMIT = Op.SIG_QUEUE_LIMIT;
    static final Op OP_PROCMASK = Op.SIG_PROCMASK;
    static final Op OP_SELF = Op.SIG_SELF;
    static final Op OP_ACTION = Op.SIG_ACTION;
    static final Op OP_SUSPEND = Op.SIG_SUSPEND;

    private final AgentProc proc;
    private final SandboxScope scope;
    private final Agents agents;
    private final NativeConditions platform;
    private volatile DeliveryLog log;
    private boolean released;

    /** The signal calls of {@code proc}, which may send to the other agents of {@code agents}. */
    public AgentSignals(AgentProc proc, SandboxScope scope, Agents agents, NativeConditions platform) {
        this.proc = proc;
        this.scope = scope;
        this.agents = agents;
        this.platform = platform;
        proc.afterRelease(this::release);
    }

    private String op(String call, String arguments) {
        return proc.describe(call, arguments);
    }

    // ---- disposition ----

    @Override
    public void handle(Signal signal) {
        String what = op("sigaction", signal + ", recording SA_SIGINFO handler");
        int n = SignalNumbers.number(signal, what);
        ensureLog();
        proc.call(what, new Request(OP_HANDLE).i32(n));
    }

    @Override
    public void handle(Signal signal, HandlerOptions options) {
        String what = op("sigaction", signal + ", recording handler, " + options);
        int n = SignalNumbers.number(signal, what);
        // The flag bits of agent-ops.def's SIG_HANDLE_WITH row.
        int flags = (options.restart() ? 1 : 0) | (options.noDefer() ? 2 : 0) | (options.resetHand() ? 4 : 0)
                | (options.siginfo() ? 8 : 0);
        ensureLog();
        proc.call(what, set(new Request(OP_HANDLE_WITH).i32(n).i32(flags), options.mask().toArray(Signal[]::new), what));
    }

    @Override
    public SignalAction sigaction(Signal signal, SignalAction act) {
        String what = op("sigaction", signal + ", " + (act == null ? "NULL" : act) + ", &oact");
        int n = SignalNumbers.number(signal, what);
        Reply r = proc.call(what, new Request(OP_ACTION).i32(n).i32(act == null ? -1 : (int) act.token()));
        int slot = r.i32();
        int kind = r.i32();
        int flags = r.i32();
        Set<Signal> mask = SignalNumbers.fromBits(r.i64());
        if (kind == 0 || kind == 1) {
            return new SignalAction(kind == 0 ? SignalAction.Kind.DEFAULT : SignalAction.Kind.IGNORE, null, slot);
        }
        // The flag bits of agent-ops.def's SIG_HANDLE_WITH row.
        HandlerOptions options = new HandlerOptions((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, mask);
        return new SignalAction(SignalAction.Kind.HANDLER, options, slot);
    }

    @Override
    public void ignore(Signal signal) {
        String what = op("sigaction", signal + ", SIG_IGN");
        proc.call(what, new Request(OP_IGNORE).i32(SignalNumbers.number(signal, what)));
    }

    @Override
    public void reset(Signal signal) {
        String what = op("sigaction", signal + ", SIG_DFL");
        proc.call(what, new Request(OP_RESET).i32(SignalNumbers.number(signal, what)));
    }

    @Override
    public List<Delivery> deliveries() {
        DeliveryLog l = log;
        return l == null ? List.of() : l.all();
    }

    /** The log is made with the first handler: an agent that never handles a signal has none. */
    private synchronized void ensureLog() {
        if (log != null) {
            return;
        }
        if (released) {
            throw new HarnessException(op("sigaction", "") + ": the sandbox was closed");
        }
        Path path = scope.directory().resolve("deliveries-" + proc.name() + ".log");
        Reply r = proc.call(op("create the delivery log", path.toString()), new Request(OP_LOG).path(path));
        int rtmin = r.i32();
        int rtmax = r.i32();
        DeliveryLog mapped = DeliveryLog.map(path, proc.name());
        log = mapped;
        if (rtmin != LinuxConstants.SIGRTMIN || rtmax != LinuxConstants.SIGRTMAX) {
            throw new HarnessException("the agent's libc has SIGRTMIN " + rtmin + " and SIGRTMAX " + rtmax
                    + ", the harness assumes " + LinuxConstants.SIGRTMIN + " and " + LinuxConstants.SIGRTMAX);
        }
    }

    // ---- the mask and the pending set ----

    @Override
    public void block(Signal... signals) {
        String what = op("sigprocmask", "SIG_BLOCK, " + Arrays.toString(signals));
        proc.call(what, set(new Request(OP_BLOCK), signals, what));
    }

    @Override
    public List<Delivery> unblock(Signal... signals) {
        String what = op("sigprocmask", "SIG_UNBLOCK, " + Arrays.toString(signals));
        Reply r = proc.call(what, set(new Request(OP_UNBLOCK), signals, what));
        int before = r.i32();
        int after = r.i32();
        DeliveryLog l = log;
        return l == null ? List.of() : l.range(before, after);
    }

    private static Request set(Request request, Signal[] signals, String what) {
        request.i32(signals.length);
        for (Signal s : signals) {
            request.i32(SignalNumbers.number(s, what));
        }
        return request;
    }

    @Override
    public Set<Signal> sigprocmask(MaskChange how, Set<Signal> set) {
        String what = op("sigprocmask", how + ", " + (set == null ? "NULL" : set.toString()));
        int code = switch (how) { // the codes of agent-ops.def's SIG_PROCMASK row
            case BLOCK -> 0;
            case UNBLOCK -> 1;
            case SET_MASK -> 2;
            case INVALID -> 3;
        };
        Request request = new Request(OP_PROCMASK).i32(code).i32(set == null ? 0 : 1);
        Reply r = proc.call(what, set(request, set == null ? new Signal[0] : set.toArray(Signal[]::new), what));
        return SignalNumbers.fromBits(r.i64());
    }

    @Override
    public void sigsuspend(Signal... mask) {
        String what = op("sigsuspend", Arrays.toString(mask));
        proc.call(what, set(new Request(OP_SUSPEND), mask, what));
        throw new HarnessException(what + " returned without an error, which sigsuspend never does");
    }

    @Override
    public Set<Signal> blocked() {
        return observe(op("read SigBlk", "/proc/" + proc.pid() + "/status"), ProcStatus::blocked, 1);
    }

    @Override
    public Set<Signal> pending() {
        return observe(op("read SigPnd and ShdPnd", "/proc/" + proc.pid() + "/status"), ProcStatus::pending, 0);
    }

    /**
     * Reads /proc while the PID cannot be reaped and reused; a dead agent is a ProcessGoneException.
     * Where /proc shows no signal sets, the agent reports its own ({@link #ownSets}).
     *
     * @param ownSet which of the agent's own sets stands in: 0 pending, 1 blocked
     */
    private Set<Signal> observe(String what, Function<String, Optional<Set<Signal>>> sets, int ownSet) {
        Optional<String> status = Optional.empty();
        boolean stopped = false;
        if (proc.holdOffReaping()) {
            try {
                status = ProcStatus.read(proc.pid(), platform);
                stopped = status.isPresent() && proc.stoppedNow();
            } finally {
                proc.allowReaping();
            }
        }
        if (status.isEmpty()) {
            throw new ProcessGoneException(what, proc.awaitExit());
        }
        Optional<Set<Signal>> seen = sets.apply(status.get());
        return seen.isPresent() ? seen.get() : ownSets(what, stopped)[ownSet];
    }

    /**
     * The agent's own account: sigpending, sigprocmask and sigaction in the agent (SIG_SETS), for
     * systems whose /proc shows no signal sets. Only an agent waiting for the harness can answer;
     * a stopped one, or one inside a request, cannot, and nothing else on the platform says.
     */
    private Set<Signal>[] ownSets(String what, boolean stopped) {
        String asked = op("sigpending and sigprocmask", "its own sets, /proc/" + proc.pid() + "/status having none");
        if (stopped) {
            throw new HarnessException(what + ": /proc/PID/status shows no signal sets and " + proc.name()
                    + " is stopped, so it cannot report its own (sigpending runs in the process): this platform "
                    + "offers no view of a stopped process's signals");
        }
        String busy = proc.requestInProgress();
        if (busy != null) {
            throw new HarnessException(what + ": /proc/PID/status shows no signal sets and " + proc.name()
                    + " is inside " + busy + ", so it cannot report its own");
        }
        Reply r = proc.call(asked, new Request(OP_SETS));
        long pendingBits = r.i64();
        long blockedBits = r.i64();
        @SuppressWarnings("unchecked")
        Set<Signal>[] out = new Set[] {ProcStatus.decode(unsigned(pendingBits)), ProcStatus.decode(unsigned(blockedBits))};
        return out;
    }

    private static BigInteger unsigned(long bits) {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    // ---- sending ----

    @Override
    public void kill(Proc target, Signal signal) {
        String what = op("kill", target.name() + ", " + signal);
        AgentProc to = Targets.agent(agents, target, what);
        int n = SignalNumbers.number(signal, what);
        Targets.holdingOff(to, n, what, () -> proc.call(what, new Request(OP_KILL).i32((int) to.pid()).i32(n)));
    }

    @Override
    public void queue(Proc target, Signal signal, int value) {
        String what = op("sigqueue", target.name() + ", " + signal + ", " + value);
        AgentProc to = Targets.agent(agents, target, what);
        int n = SignalNumbers.number(signal, what);
        try {
            Targets.holdingOff(to, n, what, () -> proc.call(what, new Request(OP_QUEUE).i32((int) to.pid()).i32(n).i32(value)));
        } catch (IpcException e) {
            throw Limits.sigqueue(e, to.pid(), to.name(), to.queueLimitChosen());
        }
    }

    @Override
    public List<Delivery> sendToSelf(SelfSend how, Signal signal, int value) {
        String what = op(switch (how) {
            case RAISE -> "raise";
            case KILL -> "kill(getpid())";
            case SIGQUEUE -> "sigqueue(getpid())";
        }, signal + (how == SelfSend.SIGQUEUE ? ", " + value : ""));
        int code = switch (how) { // the codes of agent-ops.def's SIG_SELF row
            case RAISE -> 0;
            case KILL -> 1;
            case SIGQUEUE -> 2;
        };
        int n = SignalNumbers.number(signal, what);
        ensureLog();
        Reply r = proc.call(what, new Request(OP_SELF).i32(code).i32(n).i32(value));
        int before = r.i32();
        int after = r.i32();
        return log.range(before, after);
    }

    @Override
    public long limitQueue(int signals) {
        proc.chooseQueueLimit();
        return proc.call(op("setrlimit", "RLIMIT_SIGPENDING, " + signals), new Request(OP_QUEUE_LIMIT).i32(signals)).i64();
    }

    // ---- sources inside the process ----

    @Override
    public void abort() {
        proc.call(op("abort", ""), new Request(OP_ABORT));
        throw new HarnessException(op("abort", "") + " returned");
    }

    @Override
    public void touchInvalidMemory() {
        proc.call(op("store", "through a null pointer"), new Request(OP_SEGV));
        throw new HarnessException(op("store", "through a null pointer") + " went through without a fault");
    }

    @Override
    public Delivery spinUntilDelivered(Signal signal) {
        String what = op("busy loop", "until " + signal + " is delivered");
        int n = SignalNumbers.number(signal, what);
        if (log == null) {
            throw new IpcException(IpcError.INVALID_ARGUMENT, what, "no recording handler was installed in "
                    + proc.name() + " (EINVAL): nothing would ever log " + signal);
        }
        int index = proc.call(what, new Request(OP_SPIN).i32(n)).i32();
        List<Delivery> entry = log.range(index, index + 1);
        if (entry.isEmpty()) {
            throw new HarnessException(what + ": the agent named log entry " + index + ", which is not published");
        }
        return entry.get(0);
    }

    /** Sandbox close, after the agent is dead: unmap and remove the log. */
    private synchronized void release() {
        released = true;
        if (log != null) {
            log.release();
        }
    }

    @Override
    public String toString() {
        return "signal calls of " + proc.name();
    }
}
