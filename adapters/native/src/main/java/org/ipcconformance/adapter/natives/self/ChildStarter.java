package org.ipcconformance.adapter.natives.self;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.O_CLOEXEC;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Agents;
import org.ipcconformance.adapter.natives.agent.Placement;
import org.ipcconformance.adapter.natives.core.FdTable;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.PipedChildCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.spec.spi.SpawnCalls;

/** How self starts other processes: which of its descriptors go where in the child. */
final class ChildStarter implements SpawnCalls, PipedChildCalls {
    /** Where inherited handles go in a child: 10, 11, ... (0-2 stdio, 3 the control socket). */
    private static final int FIRST_INHERITED_FD = 10;

    private final SelfProc self;
    private final SandboxScope scope;
    private final Agents agents;

    ChildStarter(SelfProc self, SandboxScope scope, Agents agents) {
        this.self = self;
        this.scope = scope;
        this.agents = agents;
    }

    @Override
    public Proc spawnChild(ChildOptions options) {
        scope.ensureOpen("spawnChild");
        List<Placement> placements = new ArrayList<>();
        List<Handle> inherited = new ArrayList<>(new LinkedHashSet<>(options.inherit()));
        for (int i = 0; i < inherited.size(); i++) {
            Handle h = inherited.get(i);
            int fd = self.fd(h);
            if (fd == FdTable.NOT_HELD) {
                throw new IpcException(IpcError.BAD_DESCRIPTOR, self.describe("spawnChild", "inheriting " + h),
                        "self does not hold " + h + " (EBADF)");
            }
            placements.add(new Placement(fd, FIRST_INHERITED_FD + i));
        }
        AgentProc child = agents.start(scope.ids().procName("child"), placements, options.sigpipe(),
                options.unprivileged() ? List.of("--unprivileged", "yes") : List.of());
        for (int i = 0; i < inherited.size(); i++) {
            child.adopt(inherited.get(i), FIRST_INHERITED_FD + i);
        }
        return child;
    }

    @Override
    public PipedChild spawnPipedChild() {
        scope.ensureOpen("spawnPipedChild");
        int[] in = new int[2];
        int[] out = new int[2];
        if (Libc.pipe2(in, O_CLOEXEC) < 0) {
            throw Errno.lastFailure(self.describe("pipe2", "stdin pipe"));
        }
        if (Libc.pipe2(out, O_CLOEXEC) < 0) {
            IpcException e = Errno.lastFailure(self.describe("pipe2", "stdout pipe"));
            Libc.close(in[0]);
            Libc.close(in[1]);
            throw e;
        }
        String name = scope.ids().procName("child");
        AgentProc child;
        try {
            child = agents.start(name,
                    List.of(new Placement(in[0], 0), new Placement(out[1], 1)), SignalDisposition.DEFAULT, List.of());
        } catch (RuntimeException e) {
            Libc.close(in[1]);
            Libc.close(out[0]);
            throw e;
        } finally {
            // The child's ends stay in the child only, or EOF would never come.
            Libc.close(in[0]);
            Libc.close(out[1]);
        }
        Handle toChild = scope.ids().handle("stdin pipe of " + name + " (write end)");
        Handle fromChild = scope.ids().handle("stdout pipe of " + name + " (read end)");
        if (!self.keep(toChild, in[1]) | !self.keep(fromChild, out[0])) {
            throw self.closed("spawnPipedChild");
        }
        Handle childStdin = scope.ids().handle("standard input of " + name);
        Handle childStdout = scope.ids().handle("standard output of " + name);
        child.adopt(childStdin, 0);
        child.adopt(childStdout, 1);
        return new PipedChild(child, toChild, fromChild, childStdin, childStdout);
    }

    @Override
    public Proc spawnUnrelated() {
        scope.ensureOpen("spawnUnrelated");
        return agents.start(scope.ids().procName("unrelated"), List.of(), SignalDisposition.DEFAULT, List.of());
    }
}
