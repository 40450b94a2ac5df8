package org.ipcconformance.adapter.jdk.io;

import java.util.Arrays;

/**
 * The bulk-transfer pattern of the SPI (org.ipcconformance.spec.spi.socket.Pattern), repeated
 * here because a child JVM's class path holds this module only; a test keeps the two equal.
 * The pattern repeats every 251 bytes, so a template of 251 + n bytes holds every run of n:
 * filling is an arraycopy and checking an Arrays.mismatch, fast even in an interpreted child.
 */
public final class PatternBytes {
    private static final int PERIOD = 251;

    private final int seed;
    private final byte[] template;

    /** A generator and checker for runs of at most {@code maxRun} bytes. */
    public PatternBytes(int seed, int maxRun) {
        this.seed = seed;
        this.template = new byte[PERIOD + maxRun];
        for (int i = 0; i < template.length; i++) {
            template[i] = byteAt(i, seed);
        }
    }

    public static byte byteAt(long offset, int seed) {
        return (byte) Math.floorMod(offset + 7L * seed, (long) PERIOD);
    }

    /** Writes the {@code n} pattern bytes from stream offset {@code offset} into {@code dst}. */
    public void fill(byte[] dst, int n, long offset) {
        System.arraycopy(template, (int) Math.floorMod(offset, (long) PERIOD), dst, 0, n);
    }

    /** The index in {@code src} of the first of {@code n} bytes that differs from the pattern at {@code offset}, or -1. */
    public int mismatch(byte[] src, int n, long offset) {
        int start = (int) Math.floorMod(offset, (long) PERIOD);
        return Arrays.mismatch(src, 0, n, template, start, start + n);
    }

    public int seed() {
        return seed;
    }
}
