package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/**
 * The byte pattern of bulk transfers: byte {@code i} of the stream with {@code seed} is
 * {@code (i + 7 * seed) mod 251}. 251 is prime, so a lost, duplicated or moved block shifts the
 * pattern and is caught at its first byte. Every adapter generates and checks the same pattern.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Pattern {
    private static final int MODULUS = 251;

    private Pattern() {
    }

    public static byte byteAt(long offset, int seed) {
        return (byte) Math.floorMod(offset + 7L * seed, (long) MODULUS);
    }

    /** {@code length} bytes of the pattern from {@code offset}. */
    public static byte[] bytes(long offset, int length, int seed) {
        byte[] out = new byte[length];
        // One modulo, then counting: megabytes of pattern cost no more than a copy.
        int v = byteAt(offset, seed) & 0xff;
        for (int i = 0; i < length; i++) {
            out[i] = (byte) v;
            v = v == MODULUS - 1 ? 0 : v + 1;
        }
        return out;
    }

    /**
     * The index in {@code data[0..length)} of the first byte that differs from the pattern at
     * stream offset {@code offset}, or -1 when all match.
     */
    public static int firstMismatch(byte[] data, int length, long offset, int seed) {
        int v = byteAt(offset, seed) & 0xff;
        for (int i = 0; i < length; i++) {
            if ((data[i] & 0xff) != v) {
                return i;
            }
            v = v == MODULUS - 1 ? 0 : v + 1;
        }
        return -1;
    }
}
