package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.util.function.Supplier;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.ObjectName;

/** What the model's shared memory and semaphores of one family in one process both are: calls of that process. */
abstract class FamilyCalls {
    final IpcModel m;
    final ModelProcess p;
    final IpcFamily family;

    FamilyCalls(IpcModel model, ModelProcess process, IpcFamily family) {
        this.m = model;
        this.p = process;
        this.family = family;
    }

    final boolean sysv() {
        return family == IpcFamily.SYSTEM_V;
    }

    final String op(String call, String arguments) {
        return p.name() + ": " + call + "(" + arguments + ")";
    }

    /** A system call: under store-visible-after-syscall, the moment the process's cached mappings meet the segment. */
    final <T> T call(String op, Supplier<T> body) {
        return m.k.syscall(p, op, () -> {
            m.synchronise(p);
            return body.get();
        });
    }

    public final IpcFamily family() {
        return family;
    }

    public final ObjectName nameOf(String name) {
        return new ObjectName(name, IpcModel.external(family, name));
    }
}
