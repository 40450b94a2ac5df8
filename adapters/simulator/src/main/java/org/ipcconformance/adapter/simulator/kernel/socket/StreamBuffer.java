package org.ipcconformance.adapter.simulator.kernel.socket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One direction of a stream connection: the bytes sent and not yet received, as the sends that
 * brought them (a receive may cross them: a stream keeps no boundaries), within a capacity.
 */
public final class StreamBuffer {
    public static final int CAPACITY = 1024 * 1024;

    private final Deque<byte[]> sends = new ArrayDeque<>();
    private int headOffset;
    private int size;
    /** Bytes that ever entered: the stream offset of the next one. */
    private long offset;

    public int room() {
        return CAPACITY - size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long offset() {
        return offset;
    }

    void append(byte[] data) {
        if (data.length > 0) {
            sends.addLast(data);
            size += data.length;
            offset += data.length;
        }
    }

    /** Counts a byte that entered the stream and was lost on the way (lossy-stream). */
    void skip() {
        offset++;
    }

    /** Up to {@code max} bytes; with {@code oneSend} no more than what is left of the oldest send. */
    byte[] take(int max, boolean oneSend) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, size));
        while (out.size() < max && !sends.isEmpty()) {
            byte[] head = sends.peekFirst();
            int n = Math.min(max - out.size(), head.length - headOffset);
            out.write(head, headOffset, n);
            headOffset += n;
            size -= n;
            if (headOffset == head.length) {
                sends.removeFirst();
                headOffset = 0;
                if (oneSend) {
                    break;
                }
            } else if (oneSend) {
                break;
            }
        }
        return out.toByteArray();
    }
}
