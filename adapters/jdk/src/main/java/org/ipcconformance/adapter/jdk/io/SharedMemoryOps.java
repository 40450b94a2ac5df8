package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * POSIX shared memory with the JDK: a named file created 0600 and sized with ftruncate
 * (RandomAccessFile.setLength), mapped with FileChannel.map(READ_WRITE), which is
 * mmap(MAP_SHARED). Loads and stores are memory accesses on the MappedByteBuffer; the 64-bit
 * word accesses go through a VarHandle in opaque mode, so that a polling loop really reads
 * memory each time (a plain read may be hoisted out of the loop by the JIT).
 */
public final class SharedMemoryOps {
    /** Native byte order: the same word as a C program (the native adapter's agent) would see. */
    private static final VarHandle WORD = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private SharedMemoryOps() {
    }

    /** shm_open(O_CREAT|O_EXCL, 0600) + ftruncate(size); ALREADY_EXISTS when the name is taken. */
    public static SharedFile create(Path path, int size) throws IOException {
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        try {
            file.setLength(size);
        } catch (IOException e) {
            file.close();
            throw e;
        }
        return new SharedFile(path, file.getChannel(), mode(path));
    }

    /** shm_open without O_CREAT: NO_SUCH_FILE when the name does not exist (or was removed). */
    public static SharedFile open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            return new SharedFile(path, ch, mode(path));
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    /** mmap(NULL, size, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0) of the whole object. */
    public static MappedByteBuffer attach(SharedFile segment) throws IOException {
        FileChannel ch = segment.channel();
        return ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
    }

    /**
     * munmap: the JDK unmaps a MappedByteBuffer only when it is garbage collected, or through
     * sun.misc.Unsafe.invokeCleaner (jdk.unsupported), which does it now. The buffer must not be
     * touched afterwards: callers drop it from their tables first.
     */
    public static void detach(MappedByteBuffer mapping) {
        Unmapper.UNSAFE_INVOKE_CLEANER.accept(mapping);
    }

    /** fstat: the size now, and the mode (read by path; the one seen at open once the name is gone). */
    public static long[] status(SharedFile segment) throws IOException {
        long size = segment.channel().size();
        int mode;
        try {
            mode = mode(segment.path());
        } catch (NoSuchFileException removed) {
            mode = segment.mode();
        }
        return new long[] {size, mode};
    }

    /** shm_unlink: the name goes; mappings and open descriptors stay usable. */
    public static void remove(Path path) throws IOException {
        Files.delete(path);
    }

    public static byte[] load(MappedByteBuffer mapping, int offset, int length) {
        byte[] data = new byte[length];
        mapping.get(offset, data);
        return data;
    }

    public static void store(MappedByteBuffer mapping, int offset, byte[] data) {
        mapping.put(offset, data);
    }

    /** Polls the word at {@code offset} until it equals {@code expected}; no system call in the loop. */
    public static long awaitValue(MappedByteBuffer mapping, int offset, long expected) {
        long polls = 0;
        while (true) {
            polls++;
            if ((long) WORD.getOpaque(mapping, offset) == expected) {
                return polls;
            }
            WORD.setOpaque(mapping, offset + Long.BYTES, polls);
            Thread.onSpinWait();
        }
    }

    /** Load, yield the processor, store: a read-modify-write that another process can overtake. */
    public static void incrementUnsynchronized(MappedByteBuffer mapping, int offset, int times) {
        for (int i = 0; i < times; i++) {
            long value = (long) WORD.getOpaque(mapping, offset);
            Thread.yield();
            WORD.setOpaque(mapping, offset, value + 1);
        }
    }

    private static int mode(Path path) throws IOException {
        Map<String, Object> attrs = Files.readAttributes(path, "unix:mode");
        return ((Integer) attrs.get("mode")) & 07777;
    }

    /** sun.misc.Unsafe.invokeCleaner, found once; jdk.unsupported opens sun.misc to every module. */
    private static final class Unmapper {
        static final java.util.function.Consumer<java.nio.ByteBuffer> UNSAFE_INVOKE_CLEANER = find();

        private static java.util.function.Consumer<java.nio.ByteBuffer> find() {
            try {
                Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
                Field field = unsafeClass.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                Object unsafe = field.get(null);
                java.lang.reflect.Method invokeCleaner = unsafeClass.getMethod("invokeCleaner", java.nio.ByteBuffer.class);
                return new java.util.function.Consumer<>() {
                    @Override
                    public void accept(java.nio.ByteBuffer buffer) {
                        try {
                            invokeCleaner.invoke(unsafe, buffer);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("sun.misc.Unsafe.invokeCleaner failed: " + e, e);
                        }
                    }
                };
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("sun.misc.Unsafe.invokeCleaner is not reachable (module jdk.unsupported): " + e, e);
            }
        }
    }
}
