package org.ipcconformance.adapter.simulator.fault;

import java.util.Optional;

/**
 * The planted faults ("mutants") of the model. Each is one small deviation switched on inside the
 * kernel model, at the one place where the real behaviour is decided, so that the catalog
 * property it targets fails while everything else stays correct. They prove that the specs can
 * fail; they never special-case a spec's scenario.
 */
public enum Fault {
    SHARED_ADDRESS_SPACE("shared-address-space", "IPC-ADDRESS-ISOLATION",
            "every process of a sandbox reads and writes one and the same global variable"),
    ZERO_COPY_WRITE("zero-copy-write", "IPC-KERNEL-COPY",
            "a pipe keeps a reference to the writer's buffer instead of a copy, so a later store changes what is read"),
    BIDIRECTIONAL_PIPE("bidirectional-pipe", "PIPE-UNIDIRECTIONAL",
            "both ends of an anonymous pipe can be read and written"),
    NO_INHERITANCE("no-inheritance", "PIPE-RELATED-PROCESSES",
            "children inherit no handles and a piped child's stdin/stdout are not connected (EBADF in the child)"),
    UNBOUNDED_PIPE("unbounded-pipe", "PIPE-FINITE-BUFFER",
            "a pipe ignores its 64 KiB capacity: writes neither block nor fail with EAGAIN (a 4 MiB guard keeps the model's memory finite)"),
    MESSAGE_PIPE("message-pipe", "PIPE-BYTE-STREAM",
            "a pipe keeps write boundaries: one read returns at most the data of one write"),
    REORDERING_PIPE("reordering-pipe", "PIPE-ORDER",
            "a pipe swaps the two bytes around every 4096-byte boundary of its stream that falls inside one stored write"),
    NON_ATOMIC_WRITE("non-atomic-write", "PIPE-ATOMIC-WRITE",
            "writes of at most PIPE_BUF are not atomic: a non-blocking one writes what fits instead of EAGAIN, a blocking one goes in 2048-byte pieces that let waiting writers in between"),
    EARLY_EOF("early-eof", "PIPE-EOF",
            "read returns end-of-file as soon as any write end is closed, although other holders keep theirs open"),
    EOF_DROPS_DATA("eof-drops-data", "PIPE-EOF",
            "closing the last write end discards the bytes still buffered, so the reader sees end-of-file at once"),
    LOST_WAKEUP("lost-wakeup", "PIPE-EOF",
            "a write does not wake a reader asleep on the empty pipe, which then sleeps on with data waiting (it hangs into a TIMEOUT); "
                    + "a writer stalled on a full pipe writes on only once a reader sleeps, so the wake-up is lost whatever the timing"),
    SILENT_BROKEN_PIPE("silent-broken-pipe", "PIPE-BROKEN",
            "a write with no read end open succeeds and its bytes vanish: no SIGPIPE, no EPIPE"),
    FIFO_AS_REGULAR_FILE("fifo-as-regular-file", "FIFO-FILESYSTEM-NAME",
            "mkfifo makes a node that stat types as a REGULAR file"),
    PER_PROCESS_FIFO("per-process-fifo", "FIFO-UNRELATED-PROCESSES",
            "a FIFO keeps a private buffer for each family of related processes that opens it, so unrelated processes never exchange data through it"),
    FIFO_STORES_DATA("fifo-stores-data", "FIFO-MEMORY-CONTENT",
            "a FIFO's size counts its buffered bytes and its data survives the last close"),
    FIFO_OPEN_NEVER_WAITS("fifo-open-never-waits", "FIFO-OPEN-RENDEZVOUS",
            "a blocking open of a FIFO returns at once instead of waiting for the other side"),
    FIFO_NONBLOCKING_WRITE_OPEN("fifo-nonblocking-write-open", "FIFO-NONBLOCK-OPEN",
            "a non-blocking open for writing succeeds with no reader instead of failing with ENXIO"),
    UNLINK_CLOSES_FIFO("unlink-closes-fifo", "FIFO-UNLINK-KEEPS-OPEN-ENDS",
            "unlinking a FIFO also closes every open end of it, in every process"),
    KILL_ONLY_IDLE_TARGETS("kill-only-idle-targets", "SIG-SEND-ANY-STATE",
            "kill and sigqueue fail with EAGAIN unless the target is idle: a running, sleeping or stopped process cannot be sent a signal"),
    STOPPED_PROCESS_HANDLES_SIGNALS("stopped-process-handles-signals", "SIG-STOPPED-PENDING",
            "a stopped process runs its handlers at once instead of keeping the signals pending until SIGCONT"),
    UNBLOCK_DOES_NOT_DELIVER("unblock-does-not-deliver", "SIG-BLOCKED-DEFERRED",
            "sigprocmask(SIG_UNBLOCK) returns without delivering the pending signals it unblocks; they wait for the next signal sent to the process"),
    IGNORED_SIGNAL_MASK("ignored-signal-mask", "SIG-BLOCKED-DEFERRED",
            "the signal mask is recorded but delivery ignores it: blocked signals are delivered at once"),
    STANDARD_SIGNALS_QUEUE("standard-signals-queue", "SIG-STANDARD-COALESCE",
            "standard signals queue like real-time ones: each instance sent while blocked is delivered"),
    REALTIME_SIGNALS_COALESCE("realtime-signals-coalesce", "SIG-REALTIME-QUEUED",
            "real-time signals coalesce like standard ones: instances sent while one is pending are lost with their values"),
    REALTIME_HIGHEST_FIRST("realtime-highest-first", "SIG-REALTIME-QUEUED",
            "of several pending real-time signals the highest-numbered is delivered first"),
    CATCHABLE_SIGKILL("catchable-sigkill", "SIG-UNCATCHABLE",
            "sigaction accepts a handler or SIG_IGN for SIGKILL, which then no longer kills"),
    TERMINAL_SENDS_SIGQUIT("terminal-sends-sigquit", "SIG-HARDWARE-SOURCE",
            "a terminal's interrupt character (Ctrl+C) sends SIGQUIT to the foreground process group instead of SIGINT"),
    ABORT_RETURNS("abort-returns", "SIG-SOFTWARE-SOURCE",
            "abort() returns to its caller when a SIGABRT handler returns, instead of ending the process by SIGABRT"),
    MQ_BYTE_STREAM("mq-byte-stream", "MQ-IDENTIFIED-LIST",
            "a message queue receive (both families) takes as many queued messages as fit in the buffer, run together under the first one's type or priority"),
    MQ_FORGETS_ON_LAST_CLOSE("mq-forgets-on-last-close", "MQ-PERSISTENCE",
            "a message queue (both families) vanishes with its messages once no process has it open (POSIX: last mq_close or exit; System V: last user's exit)"),
    MQ_SEND_WAITS_FOR_READER("mq-send-waits-for-reader", "MQ-NO-WAITING-READER",
            "a message queue send (both families) waits until a receiver is asleep on the queue; without waiting it fails with EAGAIN"),
    MQ_UNTYPED_RECEIVE("mq-untyped-receive", "MQ-SELECTIVE-RECEIVE",
            "System V msgrcv ignores msgtyp and MSG_EXCEPT: it always takes the first message"),
    MQ_PRIORITIES_IGNORED("mq-priorities-ignored", "MQ-SELECTIVE-RECEIVE",
            "POSIX mq_receive ignores priorities: it takes the oldest message"),
    MQ_UNBOUNDED("mq-unbounded", "MQ-CAPACITY",
            "a message queue (both families) ignores msg_qbytes and mq_maxmsg: sends neither block nor fail with EAGAIN (a 4 MiB guard keeps the model's memory finite)"),
    MQ_RMID_KEEPS_ID("mq-rmid-keeps-id", "MQ-REMOVAL",
            "System V IPC_RMID removes only the key: the id stays valid, with its messages and its waiters"),
    MQ_RMID_NO_WAKEUP("mq-rmid-no-wakeup", "MQ-REMOVAL",
            "System V IPC_RMID invalidates the queue but does not wake a receiver asleep on it, which sleeps on (it hangs into a TIMEOUT)"),
    MQ_UNLINK_CLOSES_DESCRIPTORS("mq-unlink-closes-descriptors", "MQ-REMOVAL",
            "POSIX mq_unlink destroys the queue at once: descriptors still open fail with EBADF"),
    SEGMENT_COPIED_PER_PROCESS("segment-copied-per-process", "SHM-SHARED-ACCESS",
            "each attach (shmat / mmap) gets a private copy of the segment, so a store stays in the process that made it"),
    STORE_VISIBLE_AFTER_SYSCALL("store-visible-after-syscall", "SHM-NO-COPY",
            "a mapping is a cached copy, synchronised with the segment only when its process makes a shared memory or"
                    + " semaphore call: a process polling memory never sees another's store (it spins into a TIMEOUT)"),
    REMOVAL_DESTROYS_ATTACHED("removal-destroys-attached", "SHM-LIFETIME",
            "IPC_RMID / shm_unlink destroys the memory at once, under the processes still attached to it"),
    SEMAPHORE_GOES_NEGATIVE("semaphore-goes-negative", "SEM-COUNTER",
            "a wait at 0 takes a unit anyway: the value goes below zero, nothing waits and nothing fails"),
    WAIT_DOES_NOT_BLOCK("wait-does-not-block", "SEM-BLOCKING-WAIT",
            "a blocking wait at 0 returns at once without taking a unit"),
    SEMAPHORE_DOES_NOT_EXCLUDE("semaphore-does-not-exclude", "SEM-MUTUAL-EXCLUSION",
            "a post wakes every waiter and each one takes the unit without re-checking the value, so several processes"
                    + " enter a section guarded by a semaphore of value 1"),
    PARTIAL_SEMOP("partial-semop", "SEM-ATOMIC-SET",
            "semop applies its operations one by one: those before the first that cannot proceed stay applied while it"
                    + " waits or fails with EAGAIN"),
    UNDO_NOT_APPLIED("undo-not-applied", "SEM-UNDO-ON-EXIT",
            "SEM_UNDO adjustments are forgotten when a process exits or is killed"),
    UNCHECKED_PROTOCOL("unchecked-protocol", "SOCK-DOMAIN-TYPE-PROTOCOL",
            "socket() takes any protocol number for a domain and type (socket(INET, STREAM, UDP) succeeds) instead of EPROTONOSUPPORT"),
    UNIX_BIND_WITHOUT_NODE("unix-bind-without-node", "SOCK-UNIX-FILESYSTEM-ADDRESS",
            "binding an AF_UNIX socket registers the path with the network only: no node appears in the file system"),
    EPHEMERAL_PORT_ZERO("ephemeral-port-zero", "SOCK-INET-PORTS",
            "binding port 0 keeps port 0, as if it were a port like any other, instead of choosing a free ephemeral port"),
    LOW_PORTS_OPEN("low-ports-open", "SOCK-RESERVED-PORTS",
            "an unprivileged process may bind ports below 1024"),
    LOSSY_STREAM("lossy-stream", "SOCK-STREAM-RELIABLE",
            "a stream connection drops the byte at every MiB of its stream"),
    STREAM_KEEPS_BOUNDARIES("stream-keeps-boundaries", "SOCK-STREAM-RELIABLE",
            "a stream receive returns at most what one send sent, as if boundaries were kept"),
    MERGED_DATAGRAMS("merged-datagrams", "SOCK-DGRAM-MESSAGES",
            "a datagram receive returns every queued datagram of the same sender joined in one"),
    NO_EMSGSIZE("no-emsgsize", "SOCK-DGRAM-MESSAGES",
            "a datagram over the size limit is sent instead of refused with EMSGSIZE"),
    UDP_WITHOUT_CHECKSUM("udp-without-checksum", "SOCK-DGRAM-UNRELIABLE",
            "every eighth UDP datagram of a sandbox has its first byte flipped and is delivered anyway, where a checksum would drop it"),
    RAW_WITHOUT_HEADER("raw-without-header", "SOCK-RAW-ACCESS",
            "a raw socket receives packets without their IP header"),
    UNPRIVILEGED_RAW("unprivileged-raw", "SOCK-RAW-ACCESS",
            "an unprivileged process may open a raw socket"),
    UDP_DELIVERS_HEADER("udp-delivers-header", "SOCK-RAW-VS-STANDARD",
            "a UDP socket receives each datagram with its 8-byte UDP header in front of the payload"),

    // ---- issue 14: message queues, semaphores and shared memory (timed waits, errors, permissions) ----
    MQ_RMID_STRANDS_SENDERS("mq-rmid-strands-senders", "MQ-REMOVAL",
            "System V IPC_RMID wakes a msgsnd asleep on the full queue without telling it: it queues its message into the"
                    + " destroyed queue and returns success instead of EIDRM"),
    MQ_TIMEOUT_AT_ONCE("mq-timeout-at-once", "MQ-TIMED-RECEIVE",
            "mq_timedreceive on an empty queue fails with ETIMEDOUT at once instead of waiting until its deadline"),
    MQ_TIMEOUT_BEFORE_ROOM("mq-timeout-before-room", "MQ-TIMED-SEND",
            "mq_timedsend checks its deadline before the queue: with a deadline already past it fails with ETIMEDOUT"
                    + " although the queue has room"),
    SEM_TIMEOUT_AT_ONCE("sem-timeout-at-once", "SEM-TIMED-WAIT",
            "a timed semaphore wait at 0 (sem_timedwait, semtimedop) fails with ETIMEDOUT / EAGAIN at once instead of"
                    + " waiting until its deadline"),
    MQ_PERMISSIONS_IGNORED("mq-permissions-ignored", "MQ-PERMISSIONS",
            "message queues (both families) ignore their 0600 mode: another user's process opens, sends, receives, reads"
                    + " the status, unlinks and removes them"),
    SHM_PERMISSIONS_IGNORED("shm-permissions-ignored", "SHM-PERMISSIONS",
            "shared memory (both families) ignores its 0600 mode: another user's process opens, attaches, reads the status"
                    + " of and removes it"),
    MQ_NOWAIT_EAGAIN("mq-nowait-eagain", "MQ-NONBLOCK-EMPTY",
            "System V msgrcv with IPC_NOWAIT and no message to take fails with EAGAIN (as a full msgsnd does) instead of ENOMSG"),
    // ---- issue 15: pipes, FIFOs and sockets (readiness, non-blocking, half-closed, socketpair, errors) ----
    NONBLOCKING_EMPTY_READ_EOF("nonblocking-empty-read-eof", "PIPE-EOF",
            "a non-blocking read of an empty pipe or FIFO returns end-of-file although a writer is open, instead of failing with EAGAIN"),
    FIFO_SILENT_BROKEN_PIPE("fifo-silent-broken-pipe", "PIPE-BROKEN",
            "a write to a FIFO that no process has open for reading succeeds and its bytes vanish (anonymous pipes still raise SIGPIPE/EPIPE)"),
    FIFO_RDWR_OPEN_WAITS("fifo-rdwr-open-waits", "FIFO-OPEN-RDWR",
            "a blocking O_RDWR open of a FIFO waits for another writer, as an O_RDONLY open does, instead of returning at once"),
    POLL_NO_HANGUP("poll-no-hangup", "PIPE-POLL-READINESS",
            "poll reports neither POLLHUP on a pipe's read end whose writers are all gone nor POLLERR on a write end whose readers are all gone"),
    SOCKETPAIR_ONE_WAY("socketpair-one-way", "SOCK-SOCKETPAIR",
            "socketpair connects the first socket to the second only: the second is not connected and cannot send (ENOTCONN)"),
    // ---- issue 13: signals and process boundaries ----
    RESTART_IGNORED("restart-ignored", "SIG-SEND-ANY-STATE",
            "a blocking call interrupted by a handler installed with SA_RESTART fails with EINTR instead of resuming"),
    CALLS_ALWAYS_RESTART("calls-always-restart", "SIG-SEND-ANY-STATE",
            "a blocking call interrupted by a handler installed without SA_RESTART resumes instead of failing with EINTR"),
    INTERRUPTED_TRANSFER_FAILS("interrupted-transfer-fails", "SIG-SA-RESTART",
            "a blocking write a handler interrupts after part of its data went in fails with EINTR (or resumes under"
                    + " SA_RESTART) instead of returning the count transferred"),
    HANDLER_IGNORES_SA_MASK("handler-ignores-sa-mask", "SIG-HANDLER-MASK",
            "a handler runs with the old mask and its own signal only: sa_mask is not added"),
    NODEFER_IGNORED("nodefer-ignored", "SIG-HANDLER-MASK",
            "SA_NODEFER is ignored: the signal is blocked while its own handler runs"),
    HANDLER_MASK_KEPT("handler-mask-kept", "SIG-HANDLER-MASK",
            "the mask a handler with an sa_mask ran with stays after it returns instead of the old mask coming back"),
    RESETHAND_IGNORED("resethand-ignored", "SIG-HANDLER-MASK",
            "SA_RESETHAND is ignored: the handler stays installed after it ran"),
    IGNORE_KEEPS_PENDING("ignore-keeps-pending", "SIG-IGNORE-DISCARDS",
            "SIG_IGN discards nothing: an instance pending when it is set, or generated unblocked while it is set, stays"
                    + " pending and is delivered once a handler is back"),
    SETMASK_UNIONS("setmask-unions", "SIG-MASK-OPERATIONS",
            "sigprocmask(SIG_SETMASK) adds the set to the mask instead of replacing the mask with it"),
    INVALID_HOW_ACCEPTED("invalid-how-accepted", "SIG-MASK-OPERATIONS",
            "sigprocmask with a how that no system defines is taken as SIG_SETMASK instead of failing with EINVAL"),
    SELF_SIGNAL_DEFERRED("self-signal-deferred", "SIG-SELF-DELIVERY",
            "a signal a process sends itself (raise, kill or sigqueue of its own pid) stays pending after the call returns,"
                    + " delivered only with the next signal or mask change"),
    INVALID_SIGACTION_ACCEPTED("invalid-sigaction-accepted", "SIG-ACTION-ERRORS",
            "sigaction of the null signal or of a number past the highest succeeds (reporting SIG_DFL) instead of EINVAL"),
    OACT_REINSTALLS_DEFAULT("oact-reinstalls-default", "SIG-ACTION-ERRORS",
            "installing a handler's action that sigaction reported as oact installs SIG_DFL instead of that handler"),
    SIGSUSPEND_KEEPS_MASK("sigsuspend-keeps-mask", "SIG-SIGSUSPEND",
            "sigsuspend leaves its temporary mask in place when it returns instead of putting the old mask back"),
    CONT_KEEPS_STOP_PENDING("cont-keeps-stop-pending", "SIG-STOP-CONT",
            "generating SIGCONT leaves pending stop signals (SIGTSTP...) pending instead of discarding them"),
    SIGCONT_NEEDS_UID("sigcont-needs-uid", "SIG-STOP-CONT",
            "SIGCONT to a process of the sender's session is refused with EPERM when the users differ, as any other signal"),
    KILL_IGNORES_PERMISSION("kill-ignores-permission", "SIG-KILL-ERRORS",
            "an unprivileged process may signal (and probe with the null signal) a process of another user: no EPERM"),
    NULL_SIGNAL_UNCHECKED("null-signal-unchecked", "SIG-KILL-ERRORS",
            "kill and sigqueue with the null signal (0) succeed without checking that the target exists: no ESRCH"),
    INVALID_SIGNAL_ACCEPTED("invalid-signal-accepted", "SIG-KILL-ERRORS",
            "kill and sigqueue accept a number past the highest signal and send nothing, instead of failing with EINVAL"),
    SIGQUEUE_UNBOUNDED("sigqueue-unbounded", "SIG-REALTIME-QUEUED",
            "sigqueue ignores the target's queue limit (RLIMIT_SIGPENDING): it never fails with EAGAIN (a guard of"
                    + " 65536 pending instances keeps the model's memory finite)"),
    // ---- issue 16: measured loops ----
    SHM_STORES_THROUGH_KERNEL("shm-stores-through-kernel", "SHM-FASTEST",
            "a store into shared memory is a system call that copies the data into the kernel and wakes the processes"
                    + " attached, as a write to a pipe does: shared memory saves nothing over the other mechanisms");

    private final String id;
    private final String property;
    private final String description;

    Fault(String id, String property, String description) {
        this.id = id;
        this.property = property;
        this.description = description;
    }

    /** The name used on the command line: {@code simulator:<id>}. */
    public String id() {
        return id;
    }

    /** The catalog property this fault is planted to break. */
    public String property() {
        return property;
    }

    public String description() {
        return description;
    }

    public static Optional<Fault> byId(String id) {
        for (Fault f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
