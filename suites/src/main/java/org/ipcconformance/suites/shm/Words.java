package org.ipcconformance.suites.shm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The 64-bit words the shared memory specs store and poll. */
public final class Words {
    private Words() {
    }

    /** A word as the process stores it: host byte order, which is what awaitValue compares. */
    public static byte[] word(long value) {
        return ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder()).putLong(value).array();
    }

    public static long word(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).getLong();
    }
}
