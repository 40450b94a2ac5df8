package org.ipcconformance.adapter.jdk.io;

/**
 * The bulk-transfer pattern of the SPI (org.ipcconformance.spec.spi.socket.Pattern), repeated
 * here because a child JVM's class path holds this module only; a test keeps the two equal.
 */
public final class PatternBytes {
    private PatternBytes() {
    }

    public static byte byteAt(long offset, int seed) {
        return (byte) Math.floorMod(offset + 7L * seed, 251L);
    }
}
