package org.ipcconformance.adapter.simulator;

import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.adapter.simulator.kernel.ProcessSyscalls.PipedChildEnds;
import org.ipcconformance.adapter.simulator.kernel.SignalSyscalls;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.PipedChildCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SpawnCalls;
import org.ipcconformance.spec.spi.TerminalCalls;
import org.ipcconformance.spec.spi.TerminalSession;

/** The sandbox's own process starting model processes: each start is one call of the model kernel. */
final class SimulatorSpawner implements SpawnCalls, PipedChildCalls, TerminalCalls {
    private final SandboxModel model;
    private final Kernel kernel;
    private final ModelProcess process;

    SimulatorSpawner(SandboxModel model, ModelProcess process) {
        this.model = model;
        this.kernel = model.kernel();
        this.process = process;
    }

    @Override
    public Proc spawnChild(ChildOptions options) {
        return started(kernel.processes().spawnChild(process, options));
    }

    @Override
    public Proc spawnUnrelated() {
        return started(kernel.processes().spawnUnrelated(process));
    }

    @Override
    public PipedChild spawnPipedChild() {
        PipedChildEnds e = kernel.processes().spawnPipedChild(process);
        return new PipedChild(started(e.child()), e.toChild(), e.fromChild(), e.childStdin(), e.childStdout());
    }

    @Override
    public TerminalSession openTerminal() {
        SignalSyscalls.Terminal t = kernel.signals().openTerminal(process);
        return new TerminalSession(t.master(), t.interruptCharacter(), started(t.foreground()));
    }

    private Proc started(ModelProcess p) {
        return new SimulatorProc(model, p);
    }
}
