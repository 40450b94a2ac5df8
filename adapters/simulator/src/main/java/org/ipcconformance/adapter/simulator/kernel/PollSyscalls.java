package org.ipcconformance.adapter.simulator.kernel;

import java.util.EnumSet;
import java.util.Set;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.PollEvent;
import org.ipcconformance.spec.spi.ReadinessCalls;

/** poll(2) of one descriptor, as Linux's pipe_poll decides a pipe's or FIFO's revents. */
public final class PollSyscalls {
    private final Kernel k;

    PollSyscalls(Kernel kernel) {
        this.k = kernel;
    }

    /** The calls as process {@code p} makes them. */
    public ReadinessCalls of(ModelProcess p) {
        return new ReadinessCalls() {
            @Override
            public Set<PollEvent> poll(Handle handle, Set<PollEvent> events) {
                return PollSyscalls.this.poll(p, handle, events, false);
            }

            @Override
            public Set<PollEvent> pollWaiting(Handle handle, Set<PollEvent> events) {
                return PollSyscalls.this.poll(p, handle, events, true);
            }
        };
    }

    private Set<PollEvent> poll(ModelProcess p, Handle h, Set<PollEvent> events, boolean wait) {
        String op = p.name() + ": poll(" + h + ", " + events + ", " + (wait ? "-1" : "0") + ")";
        return k.syscall(p, op, () -> {
            while (true) {
                int fd = p.fds.fdOf(h);
                // A descriptor that is not open is reported, not refused: POLLNVAL.
                Set<PollEvent> revents = fd < 0 ? EnumSet.of(PollEvent.NVAL) : revents(p.fds.get(fd), events, op);
                if (!revents.isEmpty() || !wait) {
                    return revents;
                }
                k.sleep(p, op, "poll(" + h + ") waiting for " + events);
            }
        });
    }

    /**
     * A pipe's revents: IN while bytes are buffered; OUT while PIPE_BUF bytes fit; HUP on a read end
     * once every writer is gone; ERR on a write end once every reader is gone (Linux). HUP and ERR
     * are reported whether asked for or not.
     */
    private Set<PollEvent> revents(OpenFile f, Set<PollEvent> events, String op) {
        if (f.socket != null) {
            throw new HarnessException(op + ": the model polls pipes and FIFOs only");
        }
        Set<PollEvent> r = EnumSet.noneOf(PollEvent.class);
        PipeInode pipe = f.inode;
        boolean hangUps = !k.faults().has(Fault.POLL_NO_HANGUP);
        if (f.readable) {
            if (events.contains(PollEvent.IN) && !f.buffer.isEmpty()) {
                r.add(PollEvent.IN);
            }
            if (hangUps && pipe.noWriter()) {
                r.add(PollEvent.HUP);
            }
        }
        if (f.writable) {
            // Writable when a write of PIPE_BUF would not wait: Linux counts free pages, not bytes.
            if (events.contains(PollEvent.OUT) && f.buffer.room() >= Kernel.PIPE_BUF) {
                r.add(PollEvent.OUT);
            }
            if (hangUps && pipe.readers == 0) {
                r.add(PollEvent.ERR);
            }
        }
        return r;
    }
}
