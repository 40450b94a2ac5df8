package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.adapter.simulator.kernel.socket.ModelSocket;
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
    /** The socket this description is, or null for a pipe or FIFO (then {@link #inode} is set). */
    final ModelSocket socket;
    boolean nonBlocking;
    int refs;

    /** A socket's description: no pipe behind it. */
    OpenFile(Handle handle, ModelSocket socket) {
        this.handle = handle;
        this.inode = null;
        this.buffer = null;
        this.readable = true;
        this.writable = true;
        this.countsAsReader = false;
        this.countsAsWriter = false;
        this.socket = socket;
    }

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
        this.socket = null;
        inode.attach(this);
    }
}
