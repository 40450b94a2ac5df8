package org.ipcconformance.spec.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.SharedMemoryCalls;
import org.ipcconformance.spec.spi.signal.SignalCalls;
import org.ipcconformance.spec.spi.socket.SocketCalls;

/**
 * A process as a spec sees it. Every operation runs in this process (the harness's own for
 * {@link Sandbox#self()}, the child's for a started one) and is one call of the underlying
 * primitive: {@code write} is one write(2), {@code read} one read(2). Failures are
 * {@link IpcException}s carrying a portable {@link IpcError}. A handle belongs to the processes
 * that created or inherited it; using it elsewhere is an {@link IpcError#BAD_DESCRIPTOR}.
 *
 * <p>A started process runs one operation at a time (a second one while an {@link #async}
 * operation is pending is a {@link HarnessException}); the spec's own process may run several, as
 * threads. Processes are started from {@link Sandbox#self()} only, and {@link #exit()},
 * {@link #awaitExit()} and {@link #kill()} apply to started processes only (a
 * {@link HarnessException} on self). An operation on a process that has ended throws
 * {@link ProcessGoneException}.
 */
public interface Proc {

    /** A short name for messages: {@code self}, {@code child-1}, {@code unrelated-2}. */
    String name();

    /** The OS process ID, or the model's; -1 when there is none. */
    long pid();

    // ---- pipes and descriptors ----

    /** Creates an anonymous pipe (pipe(2)); both ends blocking. */
    Pipe pipe();

    /** One write(2) of all of {@code data}; returns the count written (less only when non-blocking). */
    int write(Handle handle, byte[] data);

    /**
     * Calls write(2) {@code times} times with the same {@code data}, inside this process, as fast as
     * it can (so that writers in several processes really overlap); returns the total written.
     */
    long writeRepeatedly(Handle handle, byte[] data, int times);

    /** One read(2) of at most {@code max} bytes; an empty array is end-of-file. */
    byte[] read(Handle handle, int max);

    /** Closes this process's copy of the handle. */
    void close(Handle handle);

    /** Sets or clears O_NONBLOCK on this process's copy. Needs {@link Feature#NONBLOCKING_IO}. */
    void setNonBlocking(Handle handle, boolean nonBlocking);

    /** The pipe's buffer capacity in bytes (Linux F_GETPIPE_SZ). Needs {@link Feature#PIPE_CAPACITY_QUERY}. */
    int pipeCapacity(Handle handle);

    /** PIPE_BUF of this implementation: the largest write that is atomic. */
    int pipeBuf();

    // ---- the file system ----

    /** mkfifo(3) with mode 0600. Needs {@link Feature#FIFO}. */
    void mkfifo(Path path);

    /** open(2) of an existing path. */
    Handle open(Path path, OpenMode mode, boolean nonBlocking);

    /** stat(2) of a path; {@link IpcError#NO_SUCH_FILE} when it does not exist. */
    FileStat stat(Path path);

    /** The names in a directory (readdir), without "." and "..". */
    List<String> list(Path directory);

    /** unlink(2). */
    void unlink(Path path);

    // ---- the process's own memory; needs Feature.PROCESS_MEMORY ----

    /** Allocates a buffer in this process's memory holding {@code content}. */
    Region allocate(byte[] content);

    /** Stores bytes into one of this process's buffers. */
    void poke(Region region, int offset, byte[] data);

    /** Reads one of this process's buffers. */
    byte[] peek(Region region);

    /** One write(2) straight from a buffer of this process; returns the count written. */
    int writeFrom(Handle handle, Region region);

    /** A global variable of the program this process runs, initially 0. */
    long readGlobal();

    void writeGlobal(long value);

    /**
     * The virtual address of that global in this process, where the adapter can tell: evidence
     * that two processes use one address for two different values. Empty by default.
     */
    default OptionalLong globalAddress() {
        return OptionalLong.empty();
    }

    // ---- other processes; needs Feature.MULTI_PROCESS ----

    /** Starts a related process, a child of this one, inheriting the chosen handles. */
    Proc spawnChild(ChildOptions options);

    /** Starts a child with pipes on its standard input and output. Needs {@link Feature#CHILD_STDIO_PIPES}. */
    PipedChild spawnPipedChild();

    /** Starts a process that shares nothing with this one: no inherited handle, no common parent but the harness. */
    Proc spawnUnrelated();

    /** What the process is doing now. Needs {@link Feature#PROCESS_STATE}. */
    ProcState state();

    /** Asks the process to exit normally with code 0 (closing all it holds) and waits until it is gone. */
    void exit();

    /** Waits for the process to end by itself and returns how it ended. */
    ExitStatus awaitExit();

    /** Kills the process (SIGKILL or the model's equivalent) and reaps it; quiet when it is gone already. */
    void kill();

    /**
     * Runs {@code operation} against this process without waiting: the way to show that something
     * blocks and later completes. One outstanding operation per process.
     */
    default <T> Pending<T> async(String description, Function<Proc, T> operation) {
        return Pending.start(name() + ": " + description, () -> operation.apply(this));
    }

    // ---- the other mechanisms, each behind its own interface; specs require the features first ----

    /** Signal calls made by this process. Needs the SIGNAL_* features the call names. */
    default SignalCalls signals() {
        throw new FeatureMissingException(Feature.SIGNAL_HANDLERS, "?", "this adapter has no signal calls");
    }

    /** Message queues of {@code family}. Needs SYSV_MESSAGE_QUEUES or POSIX_MESSAGE_QUEUES. */
    default MessageQueueCalls messageQueues(IpcFamily family) {
        throw new FeatureMissingException(family == IpcFamily.POSIX ? Feature.POSIX_MESSAGE_QUEUES : Feature.SYSV_MESSAGE_QUEUES,
                "?", "this adapter has no " + family.title() + " message queues");
    }

    /** Shared memory of {@code family}. Needs SYSV_SHARED_MEMORY or POSIX_SHARED_MEMORY. */
    default SharedMemoryCalls sharedMemory(IpcFamily family) {
        throw new FeatureMissingException(family == IpcFamily.POSIX ? Feature.POSIX_SHARED_MEMORY : Feature.SYSV_SHARED_MEMORY,
                "?", "this adapter has no " + family.title() + " shared memory");
    }

    /** Semaphores of {@code family}. Needs SYSV_SEMAPHORES or POSIX_SEMAPHORES. */
    default SemaphoreCalls semaphores(IpcFamily family) {
        throw new FeatureMissingException(family == IpcFamily.POSIX ? Feature.POSIX_SEMAPHORES : Feature.SYSV_SEMAPHORES,
                "?", "this adapter has no " + family.title() + " semaphores");
    }

    /** Socket calls made by this process. Needs the *_SOCKETS feature of the domain and type used. */
    default SocketCalls sockets() {
        throw new FeatureMissingException(Feature.INET_STREAM_SOCKETS, "?", "this adapter has no socket calls");
    }
}
