package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/** A socket's communication domain (address family). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Domain {
    /** AF_INET: IPv4; specs use loopback (127.0.0.1) only. */
    INET,
    /** AF_UNIX: addresses are paths in the file system. */
    UNIX,
    /** AF_INET6; used by specs only to show a refused combination. */
    INET6,
    /**
     * A family number no system assigns (255 on Linux, above AF_MAX); used by specs only to show
     * that socket(2) refuses an unknown family with EAFNOSUPPORT.
     */
    UNASSIGNED
}
