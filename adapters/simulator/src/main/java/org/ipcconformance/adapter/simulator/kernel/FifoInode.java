package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;

/**
 * A FIFO's node in the model's file system (also a bound AF_UNIX socket's, with no pipe): a name, a type and mode, and the pipe object that
 * opens of the name share. Unlinking drops the name; the pipe lives on with its open ends.
 */
final class FifoInode {
    static final int MODE = 0600;

    final String name;
    final FileType type;
    final PipeInode pipe;
    private final boolean sizeCountsBuffer;

    FifoInode(String name, FileType type, PipeInode pipe, boolean sizeCountsBuffer) {
        this.name = name;
        this.type = type;
        this.pipe = pipe;
        this.sizeCountsBuffer = sizeCountsBuffer;
    }

    FileStat stat() {
        // A FIFO's contents live in the kernel, never on disk: st_size stays 0 (fifo-stores-data says otherwise).
        long size = sizeCountsBuffer ? pipe.bufferedBytes() : 0;
        return new FileStat(type, size, MODE);
    }
}
