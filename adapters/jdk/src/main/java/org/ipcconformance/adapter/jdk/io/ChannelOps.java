package org.ipcconformance.adapter.jdk.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/**
 * The primitives on one open end, done with the JDK's own types only: one channel or stream call
 * per operation. Shared by the harness JVM and the child agent, so both do exactly the same thing.
 * An end is a channel ({@code Pipe.SinkChannel}, {@code Pipe.SourceChannel}, {@code FileChannel})
 * or a stream (a Process's standard streams, which the JDK offers only as streams).
 */
public final class ChannelOps {
    private static final byte[] EOF = new byte[0];

    private ChannelOps() {
    }

    /** One write; a blocking one writes everything (as write(2) on a blocking pipe does). */
    public static int write(Object end, byte[] data) throws IOException {
        if (end instanceof WritableByteChannel ch) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            int n = ch.write(buf);
            if (isNonBlocking(ch)) {
                if (n == 0 && data.length > 0) {
                    throw new WouldBlockException(typeName(end) + ".write returned 0 on a non-blocking channel (the JDK's EAGAIN)");
                }
                return n;
            }
            // A blocking pipe write returns only when all is written; loop only if a signal cut it short.
            while (buf.hasRemaining()) {
                n += ch.write(buf);
            }
            return n;
        }
        if (end instanceof OutputStream out) {
            out.write(data);
            out.flush();
            return data.length;
        }
        throw new WrongEndException(typeName(end) + " is not writable: the JDK type has no write method");
    }

    /** {@code times} writes of the same bytes, in a tight loop so that writers in several processes overlap. */
    public static long writeRepeatedly(Object end, byte[] data, int times) throws IOException {
        long total = 0;
        for (int i = 0; i < times; i++) {
            total += write(end, data);
        }
        return total;
    }

    /** One read of at most {@code max} bytes; an empty array is end-of-file. */
    public static byte[] read(Object end, int max) throws IOException {
        if (end instanceof ReadableByteChannel ch) {
            ByteBuffer buf = ByteBuffer.allocate(max);
            int n = ch.read(buf);
            if (n < 0) {
                return EOF;
            }
            if (n == 0 && max > 0 && isNonBlocking(ch)) {
                throw new WouldBlockException(typeName(end) + ".read returned 0 on a non-blocking channel (the JDK's EAGAIN)");
            }
            return Arrays.copyOf(buf.array(), n);
        }
        if (end instanceof InputStream in) {
            byte[] buf = new byte[max];
            int n = in.read(buf, 0, max);
            return n < 0 ? EOF : Arrays.copyOf(buf, n);
        }
        throw new WrongEndException(typeName(end) + " is not readable: the JDK type has no read method");
    }

    /** One write straight from a direct buffer of this process (its own position, so the buffer is untouched). */
    public static int writeFrom(Object end, ByteBuffer region) throws IOException {
        ByteBuffer view = region.duplicate().clear();
        if (end instanceof WritableByteChannel ch) {
            int n = ch.write(view);
            if (n == 0 && view.hasRemaining() && isNonBlocking(ch)) {
                throw new WouldBlockException(typeName(end) + ".write returned 0 on a non-blocking channel (the JDK's EAGAIN)");
            }
            return n;
        }
        if (end instanceof OutputStream out) {
            // A Process stream takes no ByteBuffer: the JDK's adapter copies through a Java array.
            int n = Channels.newChannel(out).write(view);
            out.flush();
            return n;
        }
        throw new WrongEndException(typeName(end) + " is not writable: the JDK type has no write method");
    }

    public static void setNonBlocking(Object end, boolean nonBlocking) throws IOException {
        if (end instanceof JdkSocket s) {
            s.configureBlocking(!nonBlocking);
            return;
        }
        if (end instanceof SelectableChannel ch) {
            ch.configureBlocking(!nonBlocking);
            return;
        }
        throw new NotSelectableException(typeName(end) + " is not a java.nio.channels.SelectableChannel: the JDK cannot make it non-blocking");
    }

    public static void close(Object end) throws IOException {
        if (end instanceof OutputStream out) {
            try {
                out.close();
            } catch (IOException e) {
                // A Process's stdin stream is a BufferedOutputStream whose close() flushes first.
                // Our writes always flush, so only bytes of a write that already failed (and was
                // reported) can be left; the stream is closed all the same, as close(2) would be.
            }
            return;
        }
        if (end instanceof Closeable c) {
            c.close();
        }
    }

    /** The JDK API type of an end, as a report should name it. */
    public static String typeName(Object end) {
        if (end instanceof Pipe.SinkChannel) {
            return "java.nio.channels.Pipe.SinkChannel";
        }
        if (end instanceof Pipe.SourceChannel) {
            return "java.nio.channels.Pipe.SourceChannel";
        }
        if (end instanceof FileChannel) {
            return "java.nio.channels.FileChannel";
        }
        if (end instanceof JdkSocket s) {
            return s.channel().getClass().getName();
        }
        if (end instanceof InputStream) {
            return "java.io.InputStream (" + end.getClass().getName() + ")";
        }
        if (end instanceof OutputStream) {
            return "java.io.OutputStream (" + end.getClass().getName() + ")";
        }
        return end.getClass().getName();
    }

    private static boolean isNonBlocking(Object ch) {
        if (ch instanceof JdkSocket s) {
            return !s.isBlocking();
        }
        return ch instanceof SelectableChannel sc && !sc.isBlocking();
    }
}
