package org.ipcconformance.adapter.simulator;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.adapter.simulator.kernel.workload.ModelWorkloads;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.FifoCalls;
import org.ipcconformance.spec.spi.FileCalls;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessThreads;
import org.ipcconformance.spec.spi.MemoryCalls;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.PipeCapacityCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/**
 * A model process as a spec sees it: every call is one system call of the model kernel, in this
 * process. It offers the descriptor and memory calls itself; the sandbox's own process also
 * starts others ({@link SimulatorSpawner}), a started one also ends ({@link SimulatorLifecycle})
 * and has signal dispositions and a mask of the model's to change ({@link SimulatorSignals}).
 */
final class SimulatorProc extends Proc implements PipeCalls, PipeCapacityCalls, FileCalls, FifoCalls, MemoryCalls {
    private final Kernel kernel;
    private final ModelProcess process;
    private final Facets facets;

    SimulatorProc(SandboxModel model, ModelProcess process) {
        this.kernel = model.kernel();
        this.process = process;
        SimulatorSignals signals = new SimulatorSignals(kernel, process);
        SimulatorLifecycle lifecycle = new SimulatorLifecycle(kernel, process);
        Facets common = Facets.of(model.features())
                .with(Facet.PIPES, this)
                .with(Facet.PIPE_CAPACITY, this)
                .with(Facet.FILES, this)
                .with(Facet.FIFOS, this)
                .with(Facet.MEMORY, this)
                .with(Facet.PROCESS_STATE, lifecycle)
                .with(Facet.SIGNAL_SEND, signals)
                .with(Facet.REALTIME_SIGNALS, signals)
                .with(Facet.SOCKETS, kernel.sockets().of(process))
                .with(Facet.READINESS, kernel.polls().of(process));
        for (IpcFamily family : IpcFamily.values()) {
            common = common.with(Facet.messageQueues(family), model.queues().calls(process, family))
                    .with(Facet.sharedMemory(family), model.ipc().sharedMemory(process, family))
                    .with(Facet.semaphores(family), model.ipc().semaphores(process, family));
        }
        if (process.isHarness()) {
            // The harness's own dispositions and mask are not the model's to change, and it lives
            // as long as its sandbox: it offers no signal handlers, mask, faults or lifecycle.
            SimulatorSpawner spawner = new SimulatorSpawner(model, process);
            this.facets = common.with(Facet.SPAWN, spawner)
                    .with(Facet.PIPED_CHILDREN, spawner)
                    .with(Facet.TERMINALS, spawner);
        } else {
            this.facets = common.with(Facet.LIFECYCLE, lifecycle)
                    .with(Facet.WORKLOADS, new ModelWorkloads(kernel, process))
                    .with(Facet.SIGNAL_HANDLERS, signals)
                    .with(Facet.SIGNAL_MASK, signals)
                    .with(Facet.SIGNAL_FAULTS, signals);
        }
    }

    @Override
    public String name() {
        return process.name();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    protected Facets facets() {
        return facets;
    }

    /** The harness's pending operations and its waits for them count in the model's deadlock detection. */
    @Override
    protected HarnessThreads harnessThreads() {
        return kernel.harnessThreads();
    }

    /** The model process behind {@code proc}, when it is one of {@code kernel}'s. */
    static ModelProcess modelOf(Kernel kernel, Proc proc) {
        return proc instanceof SimulatorProc p && p.kernel == kernel ? p.process : null;
    }

    // ---- pipes and descriptors ----

    @Override
    public Pipe pipe() {
        return kernel.pipes().pipe(process);
    }

    @Override
    public int write(Handle handle, byte[] data) {
        return kernel.pipes().write(process, handle, data);
    }

    @Override
    public long writeRepeatedly(Handle handle, byte[] data, int times) {
        return kernel.pipes().writeRepeatedly(process, handle, data, times);
    }

    @Override
    public byte[] read(Handle handle, int max) {
        return kernel.pipes().read(process, handle, max);
    }

    @Override
    public void close(Handle handle) {
        kernel.pipes().close(process, handle);
    }

    @Override
    public void setNonBlocking(Handle handle, boolean nonBlocking) {
        kernel.pipes().setNonBlocking(process, handle, nonBlocking);
    }

    @Override
    public int pipeBuf() {
        return Kernel.PIPE_BUF;
    }

    @Override
    public int pipeCapacity(Handle handle) {
        return kernel.pipes().capacity(process, handle);
    }

    // ---- files and FIFOs ----

    @Override
    public void mkfifo(Path path) {
        kernel.files().mkfifo(process, path);
    }

    @Override
    public Handle open(Path path, OpenMode mode, boolean nonBlocking) {
        return kernel.files().open(process, path, mode, nonBlocking);
    }

    @Override
    public FileStat stat(Path path) {
        return kernel.files().stat(process, path);
    }

    @Override
    public List<String> list(Path directory) {
        return kernel.files().list(process, directory);
    }

    @Override
    public void unlink(Path path) {
        kernel.files().unlink(process, path);
    }

    // ---- the process's own memory ----

    @Override
    public Region allocate(byte[] content) {
        return kernel.memory().allocate(process, content);
    }

    @Override
    public void poke(Region region, int offset, byte[] data) {
        kernel.memory().poke(process, region, offset, data);
    }

    @Override
    public byte[] peek(Region region) {
        return kernel.memory().peek(process, region);
    }

    @Override
    public int writeFrom(Handle handle, Region region) {
        return kernel.memory().writeFrom(process, handle, region);
    }

    @Override
    public long readGlobal() {
        return kernel.memory().readGlobal(process);
    }

    @Override
    public void writeGlobal(long value) {
        kernel.memory().writeGlobal(process, value);
    }

    /** The model has no addresses: its processes' globals are separate objects, or one under shared-address-space. */
    @Override
    public OptionalLong globalAddress() {
        return OptionalLong.empty();
    }

    @Override
    public String toString() {
        return process.name() + " (model pid " + process.pid() + ")";
    }
}
