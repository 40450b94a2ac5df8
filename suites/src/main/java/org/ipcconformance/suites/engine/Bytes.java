package org.ipcconformance.suites.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;

/** Byte helpers that keep the specs readable. */
public final class Bytes {
    private Bytes() {
    }

    public static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] filled(int length, char c) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) c);
        return b;
    }

    /** A pattern that shows loss, duplication and reordering: position i holds (i * 31 + i / 251) mod 256. */
    public static byte[] pattern(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + i / 251);
        }
        return b;
    }

    /** Reads until exactly {@code length} bytes have arrived; fails if end-of-file comes first. */
    public static byte[] readFully(Proc proc, Handle handle, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        while (out.size() < length) {
            byte[] chunk = proc.pipes().read(handle, Math.min(65536, length - out.size()));
            if (chunk.length == 0) {
                throw new AssertionError("end-of-file after " + out.size() + " of " + length + " bytes on " + handle);
            }
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    /** Reads until end-of-file. */
    public static byte[] readToEnd(Proc proc, Handle handle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] chunk = proc.pipes().read(handle, 65536); chunk.length > 0; chunk = proc.pipes().read(handle, 65536)) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }
}
