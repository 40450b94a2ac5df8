package org.ipcconformance.adapter.simulator.kernel;

import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.SignalDisposition;

/** pipe(2), read(2), write(2), close(2) and the fcntl(2)s of pipe descriptors. */
public final class PipeSyscalls {
    private static final byte[] EOF = new byte[0];

    private final Kernel k;

    PipeSyscalls(Kernel kernel) {
        this.k = kernel;
    }

    public Pipe pipe(ModelProcess p) {
        return k.syscall(p, p.name() + ": pipe()", () -> {
            boolean bothWays = k.faults().has(Fault.BIDIRECTIONAL_PIPE);
            PipeInode inode = new PipeInode("pipe#" + k.newPipeNumber(), false, k.faults());
            OpenFile r = new OpenFile(k.newHandle(inode.label + " read end"), inode, inode.bufferFor(p),
                    true, bothWays, true, false, false);
            OpenFile w = new OpenFile(k.newHandle(inode.label + " write end"), inode, inode.bufferFor(p),
                    bothWays, true, false, true, false);
            p.fds.install(r);
            p.fds.install(w);
            return new Pipe(r.handle, w.handle);
        });
    }

    public int write(ModelProcess p, Handle h, byte[] data) {
        String op = p.name() + ": write(" + h + ", " + data.length + " bytes)";
        return k.syscall(p, op, () -> writeLocked(p, op, h, data));
    }

    public long writeRepeatedly(ModelProcess p, Handle h, byte[] data, int times) {
        String op = p.name() + ": " + times + " x write(" + h + ", " + data.length + " bytes)";
        return k.syscall(p, op, () -> {
            long total = 0;
            for (int i = 0; i < times; i++) {
                total += writeLocked(p, op + " #" + (i + 1), h, data);
            }
            return total;
        });
    }

    /**
     * One write(2), the lock held. A write of at most PIPE_BUF is atomic: it waits for room for all
     * of it, or fails with EAGAIN when non-blocking. A larger one writes what fits and, blocking,
     * waits for more room; non-blocking, it returns the partial count.
     */
    int writeLocked(ModelProcess p, String op, Handle h, byte[] data) {
        int fd = descriptor(p, op, h);
        OpenFile f = p.fds.get(fd);
        if (!f.writable) {
            throw Errno.EBADF.exception(op + " (" + h + " is not open for writing)");
        }
        PipeInode pipe = f.inode;
        PipeBuffer buf = f.buffer;
        String detail = "write(fd " + fd + ") on " + pipe.label;
        int n = data.length;
        if (n == 0) {
            return 0;
        }
        if (pipe.terminal != null) {
            // Typed on a terminal's master side: the line discipline takes the interrupt characters.
            byte[] rest = k.signals().typed(p, pipe.terminal, data);
            if (rest.length < n) {
                return n - rest.length + (rest.length == 0 ? 0 : writeLocked(p, op, h, rest));
            }
        }
        boolean nonAtomic = k.faults().has(Fault.NON_ATOMIC_WRITE) && n <= Kernel.PIPE_BUF;
        boolean atomic = n <= Kernel.PIPE_BUF && !nonAtomic;
        int written = 0;
        boolean stalled = false;
        boolean lostWakeup = k.faults().has(Fault.LOST_WAKEUP);
        while (true) {
            if (pipe.revoked) {
                throw Errno.EBADF.exception(op + " (the FIFO's ends were closed by unlink)");
            }
            if (pipe.readers == 0) {
                return brokenPipe(p, op, pipe, written, n);
            }
            if (stalled && lostWakeup && pipe.readersAsleep == 0) {
                // lost-wakeup, whatever the threads' timing: a stalled writer goes on only once
                // a reader sleeps on the drained pipe, so its next bytes are the write that is lost.
                pipe.writersWaiting++;
                try {
                    k.sleep(p, op, detail);
                } finally {
                    pipe.writersWaiting--;
                }
                continue;
            }
            int room = buf.room();
            if (atomic && room >= n) {
                buf.append(data, 0, n);
                wroteTo(pipe);
                return n;
            }
            if (!atomic && room > 0) {
                int piece = Math.min(room, n - written);
                if (nonAtomic) {
                    // non-atomic-write: a small write goes in halves, as if copied page by page.
                    piece = Math.min(piece, Kernel.PIPE_BUF / 2);
                }
                buf.append(data, written, piece);
                written += piece;
                wroteTo(pipe);
                if (written == n) {
                    return n;
                }
                if (nonAtomic && !f.nonBlocking && pipe.writersWaiting > 0) {
                    yieldToOtherWriters(p, op, detail, pipe);
                }
                continue;
            }
            if (f.nonBlocking) {
                if (written > 0) {
                    return written;
                }
                throw Errno.EAGAIN.exception(op + " (" + buf.room() + " bytes free in " + pipe.label + ")");
            }
            pipe.writersWaiting++;
            stalled = true;
            try {
                if (written == 0) {
                    k.sleep(p, op, detail);
                } else if (k.sleepTransferred(p, op, detail)) {
                    return written; // a handler ran after part of the data went in: the partial count
                }
            } finally {
                pipe.writersWaiting--;
            }
        }
    }

    /** non-atomic-write: between two pieces, let a writer that is waiting on the same pipe go first. */
    private void yieldToOtherWriters(ModelProcess p, String op, String detail, PipeInode pipe) {
        long seen = pipe.activity;
        pipe.writersWaiting++;
        try {
            while (pipe.activity == seen && !pipe.revoked && pipe.readers > 0) {
                k.sleep(p, op, detail);
            }
        } finally {
            pipe.writersWaiting--;
        }
    }

    /** No read end is open: SIGPIPE, which kills unless ignored, and then EPIPE. */
    private int brokenPipe(ModelProcess p, String op, PipeInode pipe, int written, int n) {
        if (k.faults().has(Fault.SILENT_BROKEN_PIPE) || (pipe.named && k.faults().has(Fault.FIFO_SILENT_BROKEN_PIPE))) {
            return n; // the bytes vanish
        }
        if (p.sigpipe() == SignalDisposition.DEFAULT) {
            k.terminate(p, Signals.SIGPIPE);
            throw new ProcessGoneException(op, p.status());
        }
        if (written > 0) {
            return written;
        }
        throw Errno.EPIPE.exception(op + " (no read end is open; SIGPIPE is ignored in " + p.name() + ")");
    }

    /**
     * One read(2): what is buffered, up to max; end-of-file (an empty array) when the buffer is
     * empty and no write end is open anywhere; otherwise it waits, or fails with EAGAIN.
     */
    public byte[] read(ModelProcess p, Handle h, int max) {
        String op = p.name() + ": read(" + h + ", " + max + ")";
        return k.syscall(p, op, () -> {
            int fd = descriptor(p, op, h);
            OpenFile f = p.fds.get(fd);
            if (!f.readable) {
                throw Errno.EBADF.exception(op + " (" + h + " is not open for reading)");
            }
            if (max < 0) {
                throw Errno.EINVAL.exception(op);
            }
            if (max == 0) {
                return EOF;
            }
            PipeInode pipe = f.inode;
            String detail = "read(fd " + fd + ") on " + pipe.label;
            while (true) {
                if (pipe.revoked) {
                    throw Errno.EBADF.exception(op + " (the FIFO's ends were closed by unlink)");
                }
                if (!f.buffer.isEmpty()) {
                    byte[] out = f.buffer.take(max);
                    touch(pipe);
                    return out;
                }
                if (pipe.noWriter() || (f.nonBlocking && k.faults().has(Fault.NONBLOCKING_EMPTY_READ_EOF))) {
                    return EOF;
                }
                if (f.nonBlocking) {
                    throw Errno.EAGAIN.exception(op + " (" + pipe.label + " is empty and a writer is open)");
                }
                pipe.readersAsleep++;
                try {
                    if (k.faults().has(Fault.LOST_WAKEUP) && pipe.writersWaiting > 0) {
                        k.wakeAll(); // the stalled writer that waits for this sleep
                    }
                    k.sleep(p, op, detail);
                } finally {
                    pipe.readersAsleep--;
                }
            }
        });
    }

    public void close(ModelProcess p, Handle h) {
        String op = p.name() + ": close(" + h + ")";
        k.syscall(p, op, () -> {
            k.closeDescriptor(p, descriptor(p, op, h));
            return null;
        });
    }

    /** fcntl(F_SETFL, O_NONBLOCK): a flag of the description, so every holder sees it. */
    public void setNonBlocking(ModelProcess p, Handle h, boolean on) {
        String op = p.name() + ": fcntl(" + h + ", F_SETFL, " + (on ? "O_NONBLOCK" : "0") + ")";
        k.syscall(p, op, () -> {
            p.fds.get(descriptor(p, op, h)).nonBlocking = on;
            return null;
        });
    }

    /** fcntl(F_GETPIPE_SZ): the declared capacity (which unbounded-pipe ignores). */
    public int capacity(ModelProcess p, Handle h) {
        String op = p.name() + ": fcntl(" + h + ", F_GETPIPE_SZ)";
        return k.syscall(p, op, () -> {
            descriptor(p, op, h);
            return Kernel.PIPE_CAPACITY;
        });
    }

    /** The descriptor {@code p} holds for {@code h}: EBADF when it holds none. */
    static int descriptor(ModelProcess p, String op, Handle h) {
        int fd = p.fds.fdOf(h);
        if (fd < 0) {
            throw Errno.EBADF.exception(op + " (" + p.name() + " holds no descriptor for " + h + ")");
        }
        return fd;
    }

    /** New data wakes the sleepers, a blocked reader among them, unless lost-wakeup swallows it. */
    private void wroteTo(PipeInode pipe) {
        if (k.faults().has(Fault.LOST_WAKEUP)) {
            pipe.activity++;
            return;
        }
        touch(pipe);
    }

    private void touch(PipeInode pipe) {
        pipe.activity++;
        k.wakeAll();
    }
}
