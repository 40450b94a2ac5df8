package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The recording handler of a child JVM: each delivery is appended to a log file as one line
 * {@code <sequence> SIG<NAME>}, one write(2) each, so that the harness reads it from outside
 * while this process is busy or blocked. The JVM runs a sun.misc handler on a thread of its own,
 * started by its signal dispatcher; deliveries are numbered under one lock, in the order the
 * handlers ran.
 */
public final class DeliveryRecorder implements SignalHandler {
    /** Linux numbers signals up to 64; the count per number is what a spinning loop polls. */
    private static final int MAX_SIGNAL = 65;

    private final FileChannel log;
    private final AtomicLongArray counts = new AtomicLongArray(MAX_SIGNAL);
    private final List<long[]> bySignal = new ArrayList<>();
    private long sequence;

    private DeliveryRecorder(FileChannel log) {
        this.log = log;
        for (int i = 0; i < MAX_SIGNAL; i++) {
            bySignal.add(null);
        }
    }

    /** Opens (creating, 0600) the log the harness reads. */
    public static DeliveryRecorder open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return new DeliveryRecorder(ch);
    }

    @Override
    public void handle(Signal sig) {
        synchronized (this) {
            sequence++;
            int n = sig.getNumber();
            long[] seqs = bySignal.get(n);
            long count = counts.get(n);
            if (seqs == null || seqs.length == count) {
                long[] grown = new long[seqs == null ? 8 : seqs.length * 2];
                if (seqs != null) {
                    System.arraycopy(seqs, 0, grown, 0, seqs.length);
                }
                seqs = grown;
                bySignal.set(n, seqs);
            }
            seqs[(int) count] = sequence;
            byte[] line = (sequence + " SIG" + sig.getName() + "\n").getBytes(StandardCharsets.US_ASCII);
            try {
                log.write(ByteBuffer.wrap(line));
            } catch (IOException e) {
                // A lost line shows as a missing delivery: the spec fails on it, with this on stderr.
                System.err.println("DeliveryRecorder: cannot log " + sig + ": " + e);
            }
            counts.incrementAndGet(n);
        }
    }

    /**
     * Busy-waits, with no system call in the loop, until signal {@code number} has been handled
     * more than {@code seen} times; returns the sequence number of delivery {@code seen + 1}.
     */
    public long spinUntil(int number, long seen) {
        while (counts.get(number) <= seen) {
            Thread.onSpinWait();
        }
        synchronized (this) {
            return bySignal.get(number)[(int) seen];
        }
    }

    /** How many deliveries of signal {@code number} were handled so far. */
    public long count(int number) {
        return counts.get(number);
    }
}
