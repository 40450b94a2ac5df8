package org.ipcconformance.adapter.simulator.kernel.workload;

import org.ipcconformance.spec.spi.workload.Workload;

/**
 * The model's virtual time: what each step of a round trip costs, so that the simulator decides
 * SHM-FASTEST from the same reasoning as the catalog (a message through the kernel costs system
 * calls, copies and a wake-up; through shared memory, plain loads and stores), deterministically.
 * A round trip is one message each way; each way is the sequence of steps the model's calls make.
 */
public final class CostModel {
    /** Entering and leaving the kernel. */
    static final long CALL_NANOS = 300;
    /** Copying between a process and the kernel, per byte, in picoseconds. */
    static final long COPY_PICOS_PER_BYTE = 250;
    /** A process asleep in a call made runnable and scheduled again. */
    static final long WAKEUP_NANOS = 2_000;
    /** A socket's own layer per message: UNIX addressing and queueing. */
    static final long UNIX_SOCKET_NANOS = 200;
    /** The loopback network per packet: IP and TCP/UDP headers, checksums. */
    static final long INET_PACKET_NANOS = 1_500;
    /** A plain load or store of a word. */
    static final long WORD_NANOS = 5;
    /** A plain store or load of the message into memory, per byte, in picoseconds. */
    static final long MEMORY_PICOS_PER_BYTE = 50;

    private CostModel() {
    }

    /**
     * One round trip of {@code bytes} each way, in virtual nanoseconds.
     *
     * @param storesThroughKernel the planted fault shm-stores-through-kernel: every store into a
     *                            segment is a call that copies into the kernel and wakes the attached
     */
    public static long roundTripNanos(Workload workload, int bytes, boolean storesThroughKernel) {
        return 2 * oneWayNanos(workload, bytes, storesThroughKernel);
    }

    private static long oneWayNanos(Workload workload, int bytes, boolean storesThroughKernel) {
        long copy = copyNanos(bytes);
        long kernelPath = CALL_NANOS + copy + WAKEUP_NANOS + CALL_NANOS + copy; // write, wake the reader, read
        return switch (workload) {
            case PIPE -> kernelPath;
            case UNIX_STREAM, UNIX_DATAGRAM -> kernelPath + 2 * UNIX_SOCKET_NANOS;
            case TCP_LOOPBACK -> kernelPath + 2 * INET_PACKET_NANOS; // the segment and its acknowledgement
            case UDP_LOOPBACK -> kernelPath + INET_PACKET_NANOS;
            // store the message, sem_post (a call that wakes the waiter), sem_wait returns, load the message
            case SHM_POSIX_SEMAPHORE -> store(bytes, storesThroughKernel) + CALL_NANOS + WAKEUP_NANOS + CALL_NANOS
                    + memory(bytes);
            // store the message, store the flag, the poller's load sees it, load the message
            case SHM_BUSY_POLL -> store(bytes, storesThroughKernel) + store(Long.BYTES, storesThroughKernel) + WORD_NANOS
                    + memory(bytes);
        };
    }

    private static long store(int bytes, boolean throughKernel) {
        return throughKernel ? CALL_NANOS + copyNanos(bytes) + WAKEUP_NANOS : memory(bytes);
    }

    private static long copyNanos(int bytes) {
        return bytes * COPY_PICOS_PER_BYTE / 1000;
    }

    private static long memory(int bytes) {
        return WORD_NANOS + bytes * MEMORY_PICOS_PER_BYTE / 1000;
    }
}
