package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * Capabilities a spec may need. Each adapter declares which it has, and a reason for each one it
 * lacks; a spec that needs a missing feature is NOT_APPLICABLE with that reason.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Feature {
    /** Anonymous pipes and the descriptor calls ({@link Facet#PIPES}). */
    PIPES,
    /** Opening, listing, stat and unlink of paths ({@link Facet#FILES}). */
    FILES,
    /** Other processes can be started: related ({@link Proc#spawnChild}) and unrelated ({@link Proc#spawnUnrelated}). */
    MULTI_PROCESS,
    /** A child can inherit arbitrary handles of its parent ({@link ChildOptions#inherit()}). */
    HANDLE_INHERITANCE,
    /** A child can be started with pipes on its standard input and output ({@link Proc#spawnPipedChild()}). */
    CHILD_STDIO_PIPES,
    /** A process's scheduling state can be observed ({@link Proc#state()}): blocked, stopped, running. */
    PROCESS_STATE,
    /** Descriptors can be switched to non-blocking mode. */
    NONBLOCKING_IO,
    /** The pipe's capacity can be queried ({@link PipeCapacityCalls}; Linux F_GETPIPE_SZ). */
    PIPE_CAPACITY_QUERY,
    /** Named pipes can be created ({@link FifoCalls}). */
    FIFO,
    /** A child's SIGPIPE disposition can be chosen and a death by signal seen in its exit status. */
    SIGNAL_DISPOSITION,
    /** A process's own memory can be read and written: globals and buffers ({@link MemoryCalls}). */
    PROCESS_MEMORY,

    // ---- signals (Proc#signalHandlers and the other signal facets) ----
    /** Handlers that record each delivery can be installed, and dispositions set to ignore or default. */
    SIGNAL_HANDLERS,
    /** Signals can be blocked and unblocked, and the pending set observed. */
    SIGNAL_MASK,
    /** Any signal can be sent to another process of the sandbox (kill(2)). */
    SIGNAL_SEND,
    /** Real-time signals can be queued with a value (sigqueue). */
    REALTIME_SIGNALS,
    /** A process can raise signals from within: abort(3), an invalid memory access, a busy loop that a signal interrupts. */
    SIGNAL_FAULTS,
    /** A pseudo-terminal with a foreground process group can be opened (Ctrl+C sends SIGINT). */
    TERMINAL,

    // ---- kernel-persistent IPC objects, per family (Proc#messageQueues, #sharedMemory, #semaphores) ----
    SYSV_MESSAGE_QUEUES,
    POSIX_MESSAGE_QUEUES,
    SYSV_SHARED_MEMORY,
    POSIX_SHARED_MEMORY,
    SYSV_SEMAPHORES,
    POSIX_SEMAPHORES,

    // ---- sockets (Proc#sockets) ----
    INET_STREAM_SOCKETS,
    INET_DATAGRAM_SOCKETS,
    UNIX_STREAM_SOCKETS,
    UNIX_DATAGRAM_SOCKETS,
    RAW_SOCKETS,
    /** A child can be started without privileges ({@link ChildOptions#withoutPrivileges()}). */
    UNPRIVILEGED_CHILD,

    // ---- issue 15: readiness and sockets beyond connect/send/receive ----
    /** A descriptor's readiness can be polled: poll(2) events and revents ({@link Facet#READINESS}). */
    POLL,
    // ---- issue 13: signals and process boundaries ----
    /** A handler's sigaction flags (SA_RESTART, SA_NODEFER, SA_RESETHAND, sa_handler) and sa_mask can be chosen. */
    SIGNAL_HANDLER_OPTIONS,
    // ---- measured loops (Proc#workloads), issue 16 ----
    /** Round trips between two processes through each mechanism, timed inside them ({@link WorkloadCalls}). */
    WORKLOADS
}
