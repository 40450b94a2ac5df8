package org.ipcconformance.adapter.simulator.kernel;

import java.util.HashMap;
import java.util.Map;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.adapter.simulator.kernel.signal.ModelTerminal;

/**
 * A pipe object (Linux's pipe_inode_info): the buffer and the count of open read and write
 * descriptions, which decide end-of-file, SIGPIPE and a FIFO's open rendezvous. Anonymous pipes
 * and FIFOs share it; a FIFO's is discarded (emptied) when its last end closes.
 */
final class PipeInode {
    final String label;
    final boolean named;
    private final Faults faults;
    private final PipeBuffer shared;
    /** per-process-fifo: the private buffer of each family of related processes that opened the FIFO. */
    private final Map<Long, PipeBuffer> privateBuffers = new HashMap<>();

    int readers;
    int writers;
    /** Opens ever made for reading / writing: a FIFO open waits for these to move, as Linux's r_counter/w_counter. */
    long readOpens;
    long writeOpens;
    /** Bumped on every read, write, open and close: lets a yielding writer wait for someone else's progress. */
    long activity;
    /** Writes currently asleep on this pipe. */
    int writersWaiting;
    /** Readers asleep on the empty pipe (lost-wakeup's writers wait for one). */
    int readersAsleep;
    /** early-eof: some write end was closed, which the faulty model takes for end-of-file. */
    boolean writeEndClosed;
    /** unlink-closes-fifo: the FIFO's ends were closed by unlink; waiters leave with EBADF. */
    boolean revoked;
    /** A pseudo-terminal's line, whose master side interprets the interrupt character; null for a pipe. */
    ModelTerminal terminal;

    PipeInode(String label, boolean named, Faults faults) {
        this.label = label;
        this.named = named;
        this.faults = faults;
        this.shared = new PipeBuffer(faults);
    }

    /** The buffer a description opened by {@code opener} reads and writes. */
    PipeBuffer bufferFor(ModelProcess opener) {
        if (named && faults.has(Fault.PER_PROCESS_FIFO)) {
            return privateBuffers.computeIfAbsent(opener.family(), family -> new PipeBuffer(faults));
        }
        return shared;
    }

    void attach(OpenFile f) {
        if (f.countsAsReader) {
            readers++;
            readOpens++;
        }
        if (f.countsAsWriter) {
            writers++;
            writeOpens++;
        }
        activity++;
    }

    /** One descriptor of {@code f} was closed (the description may live on in other processes). */
    void descriptorClosed(OpenFile f) {
        if (f.countsAsWriter && faults.has(Fault.EARLY_EOF)) {
            writeEndClosed = true;
        }
        activity++;
    }

    /** The last descriptor of {@code f} is gone: the description no longer counts as a reader or writer. */
    void detach(OpenFile f) {
        if (f.countsAsReader) {
            readers--;
        }
        if (f.countsAsWriter) {
            writers--;
        }
        if (f.countsAsWriter && writers == 0 && faults.has(Fault.EOF_DROPS_DATA)) {
            discardData();
        }
        if (named && readers == 0 && writers == 0) {
            // Linux frees a FIFO's pipe at the last close: nothing is kept on disk or in memory.
            writeEndClosed = false;
            if (!faults.has(Fault.FIFO_STORES_DATA)) {
                discardData();
            }
        }
        activity++;
    }

    /** End-of-file for a reader who finds the buffer empty. */
    boolean noWriter() {
        return writers == 0 || writeEndClosed;
    }

    long bufferedBytes() {
        long n = shared.size();
        for (PipeBuffer b : privateBuffers.values()) {
            n += b.size();
        }
        return n;
    }

    private void discardData() {
        shared.clear();
        privateBuffers.clear();
    }
}
