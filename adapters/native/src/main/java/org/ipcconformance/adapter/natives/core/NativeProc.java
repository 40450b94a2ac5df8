package org.ipcconformance.adapter.natives.core;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;

/** What the harness JVM and the agents have in common: a name, a descriptor table, messages. */
public abstract class NativeProc extends Proc {
    protected final SandboxScope scope;
    protected final String name;
    protected final FdTable fds = new FdTable();

    protected NativeProc(SandboxScope scope, String name) {
        this.scope = scope;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Gives this process a descriptor for a handle (inherited, or opened by it). */
    public void adopt(Handle handle, int fd) {
        fds.put(handle, fd);
    }

    /** This process's descriptor for a handle, or {@link FdTable#NOT_HELD}: for the mechanism packages. */
    public int fd(Handle handle) {
        return fds.fd(handle);
    }

    /** {@code write(pipe#1 write end [fd 7], 5 bytes) in self}: an operation's description for messages. */
    public String describe(String call, String arguments) {
        return call + "(" + arguments + ") in " + name;
    }

    /** A handle with its descriptor in this process, for messages: {@code pipe#1 write end [fd 7]}. */
    public String describe(Handle handle) {
        return fds.describe(handle);
    }

    protected Handle newOpenHandle(Path path, OpenMode mode) {
        return scope.ids().handle("open#" + scope.ids().openNumber() + " of " + path.getFileName() + " for " + mode
                + " by " + name);
    }

    protected HarnessException foreign(Region region) {
        return new HarnessException(region + " is not a buffer of " + name
                + ": a buffer lives in the memory of the process that allocated it");
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
