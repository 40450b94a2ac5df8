package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
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
    private final FileChannel log;
    private long sequence;

    private DeliveryRecorder(FileChannel log) {
        this.log = log;
    }

    /** Opens (creating, 0600) the log the harness reads. */
    public static DeliveryRecorder open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return new DeliveryRecorder(ch);
    }

    @Override
    public synchronized void handle(Signal sig) {
        sequence++;
        byte[] line = (sequence + " SIG" + sig.getName() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            log.write(ByteBuffer.wrap(line));
        } catch (IOException e) {
            // A lost line shows as a missing delivery: the spec fails on it, with this on stderr.
            System.err.println("DeliveryRecorder: cannot log " + sig + ": " + e);
        }
    }
}
