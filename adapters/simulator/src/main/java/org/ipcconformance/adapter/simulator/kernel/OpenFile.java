package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.spec.spi.Handle;

/**
 * An open file description: what pipe(2) or open(2) creates and descriptors refer to. It carries
 * the access mode and O_NONBLOCK, and is shared by every process that inherited it (refs counts
 * the descriptors, in all processes, that point at it).
 */
final class OpenFile {
    final Handle handle;
    final PipeInode inode;
    final PipeBuffer buffer;
    final boolean readable;
    final boolean writable;
    final boolean countsAsReader;
    final boolean countsAsWriter;
    boolean nonBlocking;
    int refs;

    OpenFile(Handle handle, PipeInode inode, PipeBuffer buffer, boolean readable, boolean writable,
             boolean countsAsReader, boolean countsAsWriter, boolean nonBlocking) {
        this.handle = handle;
        this.inode = inode;
        this.buffer = buffer;
        this.readable = readable;
        this.writable = writable;
        this.countsAsReader = countsAsReader;
        this.countsAsWriter = countsAsWriter;
        this.nonBlocking = nonBlocking;
        inode.attach(this);
    }
}
