package org.ipcconformance.adapter.simulator.kernel;

import java.nio.file.Path;
import java.util.List;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;

/** mkfifo(3), open(2) of a FIFO, stat(2), readdir and unlink(2) in the model's file system. */
public final class FileSyscalls {
    private final Kernel k;

    FileSyscalls(Kernel kernel) {
        this.k = kernel;
    }

    public void mkfifo(ModelProcess p, Path path) {
        String op = p.name() + ": mkfifo(" + path + ", 0600)";
        k.syscall(p, op, () -> {
            String name = entryName(path, op);
            if (k.fileSystem().lookup(name) != null) {
                throw Errno.EEXIST.exception(op);
            }
            k.fileSystem().createFifo(name, new PipeInode("fifo " + name, true, k.faults()));
            return null;
        });
    }

    /**
     * open(2) of a FIFO, as Linux's fifo_open: a blocking open for reading waits until a writer
     * has opened (and vice versa); a non-blocking one for reading succeeds at once, one for
     * writing fails with ENXIO while no reader has it open; read-write never waits.
     */
    public Handle open(ModelProcess p, Path path, OpenMode mode, boolean nonBlocking) {
        String op = p.name() + ": open(" + path + ", " + mode + (nonBlocking ? " | O_NONBLOCK" : "") + ")";
        return k.syscall(p, op, () -> {
            SandboxFileSystem.Resolved r = k.fileSystem().resolve(path, op);
            if (r.place() == SandboxFileSystem.Place.DIRECTORY) {
                throw Errno.EISDIR.exception(op + " (the model opens FIFOs only)");
            }
            FifoInode node = k.fileSystem().lookup(r.name());
            if (node == null || r.place() == SandboxFileSystem.Place.BELOW_ENTRY) {
                throw (node == null ? Errno.ENOENT : Errno.ENOTDIR).exception(op);
            }
            if (node.pipe == null) {
                throw Errno.ENXIO.exception(op + " (" + node.name + " is a socket: it is connected to, not opened)");
            }
            PipeInode pipe = node.pipe;
            boolean reads = mode != OpenMode.WRITE;
            boolean writes = mode != OpenMode.READ;
            if (mode == OpenMode.WRITE && nonBlocking && pipe.readers == 0
                    && !k.faults().has(Fault.FIFO_NONBLOCKING_WRITE_OPEN)) {
                throw Errno.ENXIO.exception(op + " (no process has " + node.name + " open for reading)");
            }
            String end = mode == OpenMode.READ ? "read end" : mode == OpenMode.WRITE ? "write end" : "read-write";
            Handle h = k.newHandle(pipe.label + " " + end + " (opened by " + p.name() + ")");
            OpenFile f = new OpenFile(h, pipe, pipe.bufferFor(p), reads, writes, reads, writes, nonBlocking);
            k.wakeAll();
            try {
                if (!nonBlocking && mode != OpenMode.READ_WRITE && !k.faults().has(Fault.FIFO_OPEN_NEVER_WAITS)) {
                    awaitPartner(p, op, pipe, reads);
                } else if (!nonBlocking && mode == OpenMode.READ_WRITE && k.faults().has(Fault.FIFO_RDWR_OPEN_WAITS)) {
                    awaitOtherWriter(p, op, pipe);
                }
            } catch (RuntimeException e) {
                k.abandon(f);
                throw e;
            }
            p.fds.install(f);
            return h;
        });
    }

    /** Waits for the other side to open, keyed on its open counter so that a brief open-and-close counts. */
    private void awaitPartner(ModelProcess p, String op, PipeInode pipe, boolean reading) {
        String detail = "open(" + pipe.label + ", " + (reading ? "READ" : "WRITE") + ") waiting for a "
                + (reading ? "writer" : "reader");
        if (reading && pipe.writers == 0) {
            long seen = pipe.writeOpens;
            while (pipe.writeOpens == seen) {
                k.sleep(p, op, detail);
            }
        } else if (!reading && pipe.readers == 0) {
            long seen = pipe.readOpens;
            while (pipe.readOpens == seen) {
                k.sleep(p, op, detail);
            }
        }
    }

    /** fifo-rdwr-open-waits: a read-write open waits, as a read-only one, for a writer other than itself. */
    private void awaitOtherWriter(ModelProcess p, String op, PipeInode pipe) {
        long seen = pipe.writeOpens;
        while (pipe.writeOpens == seen) {
            k.sleep(p, op, "open(" + pipe.label + ", READ_WRITE) waiting for a writer");
        }
    }

    public FileStat stat(ModelProcess p, Path path) {
        String op = p.name() + ": stat(" + path + ")";
        return k.syscall(p, op, () -> {
            SandboxFileSystem.Resolved r = k.fileSystem().resolve(path, op);
            if (r.place() == SandboxFileSystem.Place.DIRECTORY) {
                return k.fileSystem().directoryStat();
            }
            FifoInode node = k.fileSystem().lookup(r.name());
            if (node == null) {
                throw Errno.ENOENT.exception(op);
            }
            if (r.place() == SandboxFileSystem.Place.BELOW_ENTRY) {
                throw Errno.ENOTDIR.exception(op);
            }
            return node.stat();
        });
    }

    public List<String> list(ModelProcess p, Path directory) {
        String op = p.name() + ": readdir(" + directory + ")";
        return k.syscall(p, op, () -> {
            SandboxFileSystem.Resolved r = k.fileSystem().resolve(directory, op);
            if (r.place() == SandboxFileSystem.Place.DIRECTORY) {
                return k.fileSystem().names();
            }
            throw (k.fileSystem().lookup(r.name()) == null ? Errno.ENOENT : Errno.ENOTDIR).exception(op);
        });
    }

    /** unlink(2): the name goes; the pipe object stays with the ends that are open. */
    public void unlink(ModelProcess p, Path path) {
        String op = p.name() + ": unlink(" + path + ")";
        k.syscall(p, op, () -> {
            SandboxFileSystem.Resolved r = k.fileSystem().resolve(path, op);
            if (r.place() == SandboxFileSystem.Place.DIRECTORY) {
                throw Errno.EISDIR.exception(op);
            }
            FifoInode node = k.fileSystem().lookup(r.name());
            if (node == null) {
                throw Errno.ENOENT.exception(op);
            }
            if (r.place() == SandboxFileSystem.Place.BELOW_ENTRY) {
                throw Errno.ENOTDIR.exception(op);
            }
            k.fileSystem().remove(r.name());
            if (k.faults().has(Fault.UNLINK_CLOSES_FIFO) && node.pipe != null) {
                k.revoke(node.pipe);
            }
            return null;
        });
    }

    /** The name a new entry gets: only directly in the sandbox directory, which is flat. */
    private String entryName(Path path, String op) {
        SandboxFileSystem.Resolved r = k.fileSystem().resolve(path, op);
        switch (r.place()) {
            case DIRECTORY:
                throw Errno.EEXIST.exception(op);
            case BELOW_ENTRY:
                throw (k.fileSystem().lookup(r.name()) == null ? Errno.ENOENT : Errno.ENOTDIR).exception(op);
            default:
                return r.name();
        }
    }
}
