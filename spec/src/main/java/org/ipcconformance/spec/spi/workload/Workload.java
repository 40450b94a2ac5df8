package org.ipcconformance.spec.spi.workload;

import org.apiguardian.api.API;

/**
 * A mechanism two processes pass a message back and forth through, in a measured loop
 * ({@link org.ipcconformance.spec.spi.WorkloadCalls}). The ping side sends, the pong side
 * answers with a message of the same size: one round trip.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public enum Workload {
    /** Two pipes, one each way: write(2) and read(2). */
    PIPE("pipe", false),
    /** A connected AF_UNIX SOCK_STREAM pair. */
    UNIX_STREAM("UNIX stream socket", false),
    /** A connected AF_UNIX SOCK_DGRAM pair. */
    UNIX_DATAGRAM("UNIX datagram socket", false),
    /** TCP on 127.0.0.1 (TCP_NODELAY). */
    TCP_LOOPBACK("TCP on loopback", false),
    /** UDP on 127.0.0.1. */
    UDP_LOOPBACK("UDP on loopback", false),
    /** A shared mapping holds the message; a POSIX semaphore each way hands it over. */
    SHM_POSIX_SEMAPHORE("shared memory + POSIX semaphore", true),
    /** A shared mapping holds the message; each side polls a flag word with plain loads. */
    SHM_BUSY_POLL("shared memory + busy polling", true);

    private final String title;
    private final boolean sharedMemory;

    Workload(String title, boolean sharedMemory) {
        this.title = title;
        this.sharedMemory = sharedMemory;
    }

    public String title() {
        return title;
    }

    /** True when the message itself moves through shared memory (no copy through the kernel). */
    public boolean isSharedMemory() {
        return sharedMemory;
    }
}
