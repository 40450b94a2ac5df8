package org.ipcconformance.spec.spi.socket;

/** A socket's communication domain (address family). */
public enum Domain {
    /** AF_INET: IPv4; specs use loopback (127.0.0.1) only. */
    INET,
    /** AF_UNIX: addresses are paths in the file system. */
    UNIX,
    /** AF_INET6; used by specs only to show a refused combination. */
    INET6
}
