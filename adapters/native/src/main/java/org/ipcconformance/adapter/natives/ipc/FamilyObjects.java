package org.ipcconformance.adapter.natives.ipc;

import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.ipc.IpcObjects.Kind;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.ObjectName;

/** What shared memory and semaphores of one family in one process both hold: the sandbox's objects, the process, its calls. */
abstract class FamilyObjects {
    final IpcObjects objects;
    final NativeProc proc;
    final IpcCalls calls;
    final IpcFamily family;
    final Kind kind;

    FamilyObjects(IpcObjects objects, NativeProc proc, IpcCalls calls, IpcFamily family, boolean sharedMemory) {
        this.objects = objects;
        this.proc = proc;
        this.calls = calls;
        this.family = family;
        this.kind = Kind.of(sharedMemory, family);
    }

    final String op(String call, String arguments) {
        return proc.describe(call, arguments);
    }

    final boolean sysv() {
        return family == IpcFamily.SYSTEM_V;
    }

    public final IpcFamily family() {
        return family;
    }

    public final ObjectName nameOf(String name) {
        return objects.nameOf(kind, name);
    }
}
