package org.ipcconformance.adapter.natives;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;

/** What the harness JVM and the agents have in common: a name, a descriptor table, messages. */
public abstract class NativeProc implements Proc {
    protected final NativeSandbox sandbox;
    protected final String name;
    protected final FdTable fds = new FdTable();

    protected NativeProc(NativeSandbox sandbox, String name) {
        this.sandbox = sandbox;
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

    public boolean holds(Handle handle) {
        return fds.holds(handle);
    }

    /** This process's descriptor for a handle, or {@link FdTable#NOT_HELD}: for the mechanism packages. */
    public int fd(Handle handle) {
        return fds.fd(handle);
    }

    /** An operation's description for messages, as {@link #op}: for the mechanism packages. */
    public String describe(String call, String arguments) {
        return op(call, arguments);
    }

    /** A handle with its descriptor in this process, for messages. */
    public String describe(Handle handle) {
        return on(handle);
    }

    /** {@code write(pipe#1 write end [fd 7], 5 bytes) in self}. */
    protected String op(String call, String arguments) {
        return call + "(" + arguments + ") in " + name;
    }

    protected String on(Handle handle) {
        return fds.describe(handle);
    }

    protected Handle newOpenHandle(Path path, OpenMode mode) {
        return sandbox.ids().handle("open#" + sandbox.ids().openNumber() + " of " + path.getFileName() + " for " + mode
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
