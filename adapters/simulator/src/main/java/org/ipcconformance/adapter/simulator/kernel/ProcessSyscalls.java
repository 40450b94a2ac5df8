package org.ipcconformance.adapter.simulator.kernel;

import java.util.HashSet;
import java.util.Set;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.SignalDisposition;

/** Starting processes (spawn with inherited descriptors), their ends, and their observed state. */
public final class ProcessSyscalls {
    private static final Set<Integer> TERMINAL = Set.of(0, 1, 2);
    private static final Set<Integer> STDERR_ONLY = Set.of(2);

    private final Kernel k;

    ProcessSyscalls(Kernel kernel) {
        this.k = kernel;
    }

    /** The ends of a piped child: the parent's two ends and the child's fd 0 and fd 1. */
    public record PipedChildEnds(ModelProcess child, Handle toChild, Handle fromChild, Handle childStdin,
                                 Handle childStdout) {
    }

    /** posix_spawn of the model's program, the chosen descriptors inherited under the same numbers. */
    public ModelProcess spawnChild(ModelProcess parent, ChildOptions options) {
        String op = parent.name() + ": spawn child inheriting " + options.inherit() + ", SIGPIPE " + options.sigpipe();
        return k.syscall(parent, op, () -> {
            for (Handle h : options.inherit()) {
                PipeSyscalls.descriptor(parent, op, h);
            }
            boolean inherits = !k.faults().has(Fault.NO_INHERITANCE);
            Set<Integer> terminal = new HashSet<>(TERMINAL);
            if (inherits) {
                for (Handle h : options.inherit()) {
                    terminal.remove(parent.fds.fdOf(h)); // an inherited descriptor replaces the terminal's
                }
            }
            ModelProcess child = k.newProcess("child", parent, false, options.sigpipe(), terminal);
            child.unprivileged = options.unprivileged() || parent.unprivileged;
            if (inherits) {
                for (Handle h : options.inherit()) {
                    int fd = parent.fds.fdOf(h);
                    child.fds.installAt(fd, parent.fds.get(fd));
                }
            }
            return child;
        });
    }

    /**
     * A child whose stdin and stdout are pipes to the parent, as ProcessBuilder makes them: the
     * parent keeps only its own two ends, so the child's exit is end-of-file on fromChild.
     */
    public PipedChildEnds spawnPipedChild(ModelProcess parent) {
        String op = parent.name() + ": spawn child with piped stdin/stdout";
        return k.syscall(parent, op, () -> {
            ModelProcess child = k.newProcess("child", parent, false, SignalDisposition.DEFAULT, STDERR_ONLY);
            PipeInode in = new PipeInode("pipe#" + k.newPipeNumber(), false, k.faults());
            PipeInode out = new PipeInode("pipe#" + k.newPipeNumber(), false, k.faults());
            OpenFile stdin = new OpenFile(k.newHandle(child.name() + " stdin (" + in.label + " read end)"),
                    in, in.bufferFor(child), true, false, true, false, false);
            OpenFile toChild = new OpenFile(k.newHandle(in.label + " write end (to " + child.name() + ")"),
                    in, in.bufferFor(parent), false, true, false, true, false);
            OpenFile fromChild = new OpenFile(k.newHandle(out.label + " read end (from " + child.name() + ")"),
                    out, out.bufferFor(parent), true, false, true, false, false);
            OpenFile stdout = new OpenFile(k.newHandle(child.name() + " stdout (" + out.label + " write end)"),
                    out, out.bufferFor(child), false, true, false, true, false);
            parent.fds.install(toChild);
            parent.fds.install(fromChild);
            if (k.faults().has(Fault.NO_INHERITANCE)) {
                // no-inheritance: the child's ends never reach it and are dropped with the spawn.
                k.abandon(stdin);
                k.abandon(stdout);
            } else {
                child.fds.installAt(0, stdin);
                child.fds.installAt(1, stdout);
            }
            return new PipedChildEnds(child, toChild.handle, fromChild.handle, stdin.handle, stdout.handle);
        });
    }

    /** A process that shares nothing with the requester: no descriptor, no memory. */
    public ModelProcess spawnUnrelated(ModelProcess requester) {
        String op = requester.name() + ": start an unrelated process";
        return k.syscall(requester, op, () -> k.newProcess("unrelated", null, false, SignalDisposition.DEFAULT, TERMINAL));
    }

    /** exit(0) in the process: every descriptor it holds is closed; synchronous in the model. */
    public void exit(ModelProcess p) {
        k.locked(() -> {
            p.checkAlive(p.name() + ": exit(0)");
            k.terminate(p, ExitStatus.exited(0));
            return null;
        });
    }

    /** SIGKILL and reap; quiet when the process is gone already. */
    public void kill(ModelProcess p) {
        k.locked(() -> {
            k.terminate(p, Signals.SIGKILL);
            return null;
        });
    }

    public ExitStatus awaitExit(ModelProcess p) {
        return k.awaitGone(p);
    }

    public ProcState state(ModelProcess p) {
        return k.locked(p::state);
    }
}
