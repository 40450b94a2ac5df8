package org.ipcconformance.adapter.simulator;

import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.adapter.simulator.kernel.ProcessCalls.PipedChildEnds;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.SharedMemoryCalls;
import org.ipcconformance.spec.spi.socket.SocketCalls;

/** A model process as a spec sees it: every call is one system call of the model kernel, in this process. */
final class SimulatorProc implements Proc {
    private final Kernel kernel;
    private final ModelProcess process;

    SimulatorProc(Kernel kernel, ModelProcess process) {
        this.kernel = kernel;
        this.process = process;
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
    public int pipeCapacity(Handle handle) {
        return kernel.pipes().capacity(process, handle);
    }

    @Override
    public int pipeBuf() {
        return Kernel.PIPE_BUF;
    }

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

    @Override
    public Proc spawnChild(ChildOptions options) {
        return new SimulatorProc(kernel, kernel.processes().spawnChild(process, options));
    }

    @Override
    public PipedChild spawnPipedChild() {
        PipedChildEnds e = kernel.processes().spawnPipedChild(process);
        return new PipedChild(new SimulatorProc(kernel, e.child()), e.toChild(), e.fromChild(), e.childStdin(),
                e.childStdout());
    }

    @Override
    public Proc spawnUnrelated() {
        return new SimulatorProc(kernel, kernel.processes().spawnUnrelated(process));
    }

    @Override
    public ProcState state() {
        return kernel.processes().state(process);
    }

    @Override
    public void exit() {
        kernel.processes().exit(process);
    }

    @Override
    public ExitStatus awaitExit() {
        return kernel.processes().awaitExit(process);
    }

    @Override
    public void kill() {
        kernel.processes().kill(process);
    }

    @Override
    public SignalCalls signals() {
        return new SimulatorSignals(kernel, this);
    }

    ModelProcess process() {
        return process;
    }

    Kernel kernel() {
        return kernel;
    }

    @Override
    public MessageQueueCalls messageQueues(IpcFamily family) {
        return kernel.messageQueues().calls(process, family);
    }

    @Override
    public SharedMemoryCalls sharedMemory(IpcFamily family) {
        return kernel.ipc().sharedMemory(process, family);
    }

    @Override
    public SemaphoreCalls semaphores(IpcFamily family) {
        return kernel.ipc().semaphores(process, family);
    }

    @Override
    public SocketCalls sockets() {
        return kernel.sockets().of(process);
    }

    @Override
    public String toString() {
        return process.name() + " (model pid " + process.pid() + ")";
    }
}
