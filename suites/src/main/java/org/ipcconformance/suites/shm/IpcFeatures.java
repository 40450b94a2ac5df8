package org.ipcconformance.suites.shm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/** The feature each family needs, and the 64-bit words the shared memory specs store and poll. */
public final class IpcFeatures {
    private IpcFeatures() {
    }

    public static Feature sharedMemory(IpcFamily family) {
        return family == IpcFamily.POSIX ? Feature.POSIX_SHARED_MEMORY : Feature.SYSV_SHARED_MEMORY;
    }

    public static Feature semaphores(IpcFamily family) {
        return family == IpcFamily.POSIX ? Feature.POSIX_SEMAPHORES : Feature.SYSV_SEMAPHORES;
    }

    /** A word as the process stores it: host byte order, which is what awaitValue compares. */
    public static byte[] word(long value) {
        return ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder()).putLong(value).array();
    }

    public static long word(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).getLong();
    }
}
