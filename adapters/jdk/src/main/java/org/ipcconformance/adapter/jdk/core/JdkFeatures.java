package org.ipcconformance.adapter.jdk.core;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Features;

/** What the JDK's own APIs can do for IPC, and why not the rest: this table is published. */
public final class JdkFeatures {
    public static final String ID = "jdk";

    public static final String NO_HANDLE_INHERITANCE = "ProcessBuilder gives a child only new pipes or files on its standard streams;"
            + " an existing descriptor such as a java.nio.channels.Pipe end cannot be passed on";
    public static final String NO_PROCESS_STATE = "ProcessHandle exposes liveness and CPU time, not whether a process is blocked or stopped";
    public static final String NO_PIPE_CAPACITY_QUERY = "no JDK API reports a pipe's capacity (F_GETPIPE_SZ):"
            + " java.nio.channels.Pipe and the Process streams have no such query";
    public static final String NO_POLL = "a java.nio Selector reports only OP_READ, OP_WRITE, OP_ACCEPT and OP_CONNECT readiness:"
            + " it folds POLLHUP into OP_READ and POLLERR into every interest, so poll(2)'s revents (POLLHUP, POLLERR,"
            + " POLLNVAL, POLLRDHUP) cannot be told apart; a child's Process streams are not selectable at all";
    /** Not a missing feature of the table, but a call inside the socket features. */
    public static final String NO_SOCKETPAIR = "no JDK API calls socketpair(2): java.nio has no unnamed connected pair of sockets"
            + " (Pipe is a pipe, and a loopback connection is bound and named)";
    public static final String NO_FIFO = "no JDK API creates a named pipe: mkfifo needs a native call or an external program";
    public static final String NO_SIGNAL_DISPOSITION = "the JVM installs its own SIGPIPE handler (a write to a broken pipe fails with EPIPE)"
            + " and offers no API to set a child's signal dispositions";
    /** Not a missing feature of the table, but a limit inside NONBLOCKING_IO. */
    public static final String NO_NONBLOCKING_STDIO = "a child's standard streams (Process streams, FileDescriptor.in/out) are not"
            + " SelectableChannels: the JDK cannot make them non-blocking";
    /** A limit inside the file primitives: FIFO specs are the ones that need it. */
    public static final String NO_NONBLOCKING_OPEN = "FileChannel.open has no O_NONBLOCK option: a non-blocking open is not expressible";


    // ---- signals ----
    /** Not a missing feature: the part of SIGNAL_SEND that the JDK cannot do. */
    public static final String ONLY_TERM_AND_KILL = "the JDK sends another process only SIGTERM (ProcessHandle.destroy) and SIGKILL"
            + " (destroyForcibly); any other signal needs kill(2). A JVM raises what sun.misc.Signal names only in itself (raise)";
    public static final String NO_SIGNAL_MASK = "no JDK API blocks a signal or reads the pending set: sun.misc.Signal only sets"
            + " handlers, and sigprocmask is per thread in a JVM whose threads the JVM itself creates and masks";
    public static final String NO_REALTIME_SIGNALS = "no JDK API queues a signal with a value (sigqueue), and sun.misc.Signal knows no"
            + " real-time signal (new Signal(\"RTMIN\") is an unknown signal)";
    public static final String NO_SIGNAL_FAULTS = "abort(3) has no JDK counterpart (Runtime.halt exits with a code), and an invalid"
            + " memory access in Java is a NullPointerException: the JVM's own SIGSEGV handler takes the fault and sun.misc.Signal"
            + " refuses SIGSEGV";
    public static final String NO_TERMINAL = "no JDK API opens a pseudo-terminal or starts a process in a new session with a"
            + " controlling terminal; System.console() only reports one the JVM was started on";

    // ---- kernel-persistent IPC objects ----
    public static final String NO_SYSV_MESSAGE_QUEUES = "no JDK API calls msgget/msgsnd/msgrcv: java.util.concurrent queues live"
            + " inside one JVM, and a System V queue is named by a key that only a native call resolves";
    public static final String NO_POSIX_MESSAGE_QUEUES = "no JDK API calls mq_open/mq_send/mq_receive: a POSIX queue is a kernel"
            + " object with priorities and limits, not a file the JDK could open (/dev/mqueue needs a native call to send or receive)";
    public static final String NO_SYSV_SHARED_MEMORY = "no JDK API calls shmget/shmat: a System V segment is named by a key, not a"
            + " path, so FileChannel.map cannot reach it";
    public static final String NO_SYSV_SEMAPHORES = "no JDK API calls semget/semop: java.util.concurrent.Semaphore lives inside"
            + " one JVM";
    public static final String NO_POSIX_SEMAPHORES = "no JDK API calls sem_open/sem_wait/sem_post: java.util.concurrent.Semaphore"
            + " lives inside one JVM, and a FileLock gives exclusion between processes but no counter (building a semaphore on it"
            + " would certify this adapter's code, not the system's)";

    // ---- sockets ----
    public static final String NO_UNIX_DATAGRAM_SOCKETS = "JEP 380 added AF_UNIX to SocketChannel and ServerSocketChannel only:"
            + " DatagramChannel.open(StandardProtocolFamily.UNIX) throws UnsupportedOperationException";
    public static final String NO_RAW_SOCKETS = "no JDK API opens a SOCK_RAW socket or sets IP_HDRINCL: java.net and java.nio"
            + " have stream, datagram and multicast sockets only (InetAddress.isReachable sends ICMP but hides the packets)";
    public static final String NO_UNPRIVILEGED_CHILD = "ProcessBuilder cannot start a child as another user or without"
            + " capabilities (no setuid, no capset): a child JVM runs with the harness's user and privileges";
    public static final String NO_SIGNAL_HANDLER_OPTIONS = "sun.misc.Signal installs the JVM's own handler (SA_SIGINFO"
            + " with SA_RESTART, its own sa_mask) and runs the Java handler later on a thread of its own: no flag nor sa_mask"
            + " can be chosen, and the JDK's blocking I/O retries a call that EINTR interrupted";
    /** Not a missing feature: what a JVM's own signals cannot show. */
    public static final String NO_SYNCHRONOUS_SELF_DELIVERY = "sun.misc.Signal.raise returns once the JVM's C handler has"
            + " queued the signal; the Java handler runs later on the JVM's Signal Dispatcher thread, so no JDK API shows a"
            + " delivery before raise (or a kill of the JVM itself) returns";
    public static final String NO_WORKLOADS = "not yet: the measured loops of child JVMs (two JVMs passing a message through"
            + " each channel the JDK offers, timed inside them) are still to be written (issue 16's bench)";
    /** Not a missing feature: what the socket features cannot do. */
    public static final String NO_SEQPACKET = "the JDK has no SOCK_SEQPACKET channel";
    public static final String NO_PROTOCOL_CHOICE = "a JDK channel's protocol follows from its class (SocketChannel: TCP or AF_UNIX"
            + " stream, DatagramChannel: UDP) and no API takes a protocol number, so another combination can be neither asked"
            + " for nor seen refused";

    private static final Features FEATURES = Features.of(ID)
            .has(Feature.PIPES, Feature.FILES)
            .has(Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PROCESS_MEMORY, Feature.NONBLOCKING_IO)
            .has(Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND)
            .lacks(Feature.SIGNAL_MASK, NO_SIGNAL_MASK)
            .lacks(Feature.REALTIME_SIGNALS, NO_REALTIME_SIGNALS)
            .lacks(Feature.SIGNAL_FAULTS, NO_SIGNAL_FAULTS)
            .lacks(Feature.TERMINAL, NO_TERMINAL)
            .has(Feature.POSIX_SHARED_MEMORY)
            .lacks(Feature.SYSV_SHARED_MEMORY, NO_SYSV_SHARED_MEMORY)
            .lacks(Feature.SYSV_MESSAGE_QUEUES, NO_SYSV_MESSAGE_QUEUES)
            .lacks(Feature.POSIX_MESSAGE_QUEUES, NO_POSIX_MESSAGE_QUEUES)
            .lacks(Feature.SYSV_SEMAPHORES, NO_SYSV_SEMAPHORES)
            .lacks(Feature.POSIX_SEMAPHORES, NO_POSIX_SEMAPHORES)
            .has(Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS, Feature.UNIX_STREAM_SOCKETS)
            .lacks(Feature.UNIX_DATAGRAM_SOCKETS, NO_UNIX_DATAGRAM_SOCKETS)
            .lacks(Feature.RAW_SOCKETS, NO_RAW_SOCKETS)
            .lacks(Feature.UNPRIVILEGED_CHILD, NO_UNPRIVILEGED_CHILD)
            .lacks(Feature.SIGNAL_HANDLER_OPTIONS, NO_SIGNAL_HANDLER_OPTIONS)
            .lacks(Feature.HANDLE_INHERITANCE, NO_HANDLE_INHERITANCE)
            .lacks(Feature.PROCESS_STATE, NO_PROCESS_STATE)
            .lacks(Feature.PIPE_CAPACITY_QUERY, NO_PIPE_CAPACITY_QUERY)
            .lacks(Feature.FIFO, NO_FIFO)
            .lacks(Feature.SIGNAL_DISPOSITION, NO_SIGNAL_DISPOSITION)
            .lacks(Feature.POLL, NO_POLL)
            .lacks(Feature.WORKLOADS, NO_WORKLOADS)
            .build();

    private JdkFeatures() {
    }

    public static Features features() {
        return FEATURES;
    }

    /** The exception for a declared-missing feature, with its published reason. */
    public static FeatureMissingException missing(Feature feature) {
        return new FeatureMissingException(feature, ID, FEATURES.reasonMissing(feature)
                .orElseThrow(() -> new IllegalArgumentException(feature + " is not missing in the jdk adapter")));
    }

    /** A feature the adapter has, but not for this particular object or mode. */
    public static FeatureMissingException missing(Feature feature, String reason) {
        return new FeatureMissingException(feature, ID, reason);
    }
}
