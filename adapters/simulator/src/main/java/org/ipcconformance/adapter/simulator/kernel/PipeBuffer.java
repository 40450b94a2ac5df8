package org.ipcconformance.adapter.simulator.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;

/**
 * The bytes held by a pipe or FIFO: a queue of chunks with a byte-exact capacity. A stream, so a
 * read takes across chunk boundaries; the chunks only exist to avoid copying on every write.
 */
final class PipeBuffer {
    /** What the unbounded-pipe fault still keeps, so that a writer looping until EAGAIN ends. */
    static final int UNBOUNDED_GUARD = 4 * 1024 * 1024;

    private final Deque<Chunk> chunks = new ArrayDeque<>();
    private final int capacity;
    private final boolean keepsWriterArray;
    private final boolean swapsAcrossPages;
    private final boolean oneWritePerRead;
    private int size;
    /** Bytes ever appended: the stream offset of the next byte, which the reordering fault keys on. */
    private long appended;

    PipeBuffer(Faults faults) {
        this.capacity = faults.has(Fault.UNBOUNDED_PIPE) ? UNBOUNDED_GUARD : Kernel.PIPE_CAPACITY;
        this.keepsWriterArray = faults.has(Fault.ZERO_COPY_WRITE);
        this.swapsAcrossPages = faults.has(Fault.REORDERING_PIPE);
        this.oneWritePerRead = faults.has(Fault.MESSAGE_PIPE);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int room() {
        return capacity - size;
    }

    /** Stores {@code len} bytes of {@code src} from {@code off}; the caller has checked the room. */
    void append(byte[] src, int off, int len) {
        Chunk chunk;
        if (keepsWriterArray) {
            // zero-copy-write: the buffer aliases the writer's memory instead of copying it.
            chunk = new Chunk(src, off, off + len);
        } else {
            byte[] copy = new byte[len];
            System.arraycopy(src, off, copy, 0, len);
            if (swapsAcrossPages) {
                swapAroundPageBoundaries(copy, appended);
            }
            chunk = new Chunk(copy, 0, len);
        }
        chunks.addLast(chunk);
        size += len;
        appended += len;
    }

    /** reordering-pipe: swaps bytes b-1 and b for every stream offset b = k*PIPE_BUF strictly inside this piece. */
    private static void swapAroundPageBoundaries(byte[] piece, long start) {
        long first = (start / Kernel.PIPE_BUF + 1) * Kernel.PIPE_BUF;
        for (long b = first; b < start + piece.length; b += Kernel.PIPE_BUF) {
            int i = (int) (b - start);
            byte t = piece[i - 1];
            piece[i - 1] = piece[i];
            piece[i] = t;
        }
    }

    /** Removes and returns up to {@code max} bytes from the front (at least one when not empty). */
    byte[] take(int max) {
        int want = Math.min(max, size);
        if (oneWritePerRead && !chunks.isEmpty()) {
            // message-pipe: a read stops at the end of the write that stored the first byte.
            want = Math.min(want, chunks.peekFirst().remaining());
        }
        byte[] out = new byte[want];
        int done = 0;
        while (done < want) {
            Chunk c = chunks.peekFirst();
            int n = Math.min(want - done, c.remaining());
            System.arraycopy(c.data, c.pos, out, done, n);
            c.pos += n;
            done += n;
            if (c.remaining() == 0) {
                chunks.removeFirst();
            }
        }
        size -= want;
        return out;
    }

    void clear() {
        chunks.clear();
        size = 0;
    }
}
