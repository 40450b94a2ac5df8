package org.ipcconformance.spec.spi.socket;

/**
 * The byte pattern of bulk transfers: byte {@code i} of the stream with {@code seed} is
 * {@code (i + 7 * seed) mod 251}. 251 is prime, so a lost, duplicated or moved block shifts the
 * pattern and is caught at its first byte. Every adapter generates and checks the same pattern.
 */
public final class Pattern {
    private Pattern() {
    }

    public static byte byteAt(long offset, int seed) {
        return (byte) Math.floorMod(offset + 7L * seed, 251L);
    }

    /** {@code length} bytes of the pattern from {@code offset}. */
    public static byte[] bytes(long offset, int length, int seed) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = byteAt(offset + i, seed);
        }
        return out;
    }
}
