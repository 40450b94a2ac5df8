package org.ipcconformance.adapter.simulator.kernel;

/** A run of bytes in a pipe's buffer: the unread part {@code [pos, end)} of {@code data}. */
final class Chunk {
    final byte[] data;
    int pos;
    final int end;

    Chunk(byte[] data, int pos, int end) {
        this.data = data;
        this.pos = pos;
        this.end = end;
    }

    int remaining() {
        return end - pos;
    }
}
