package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/** The socket options specs use; values are ints (0/1 for flags, bytes for sizes). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum SocketOption {
    /** IPPROTO_IP IP_HDRINCL: the caller supplies the IP header of what it sends on a raw socket. */
    IP_HDRINCL,
    /** SOL_SOCKET SO_RCVBUF. */
    SO_RCVBUF,
    /** SOL_SOCKET SO_SNDBUF. */
    SO_SNDBUF,
    /** SOL_SOCKET SO_REUSEADDR. */
    SO_REUSEADDR,
    /** SOL_SOCKET SO_PROTOCOL (read only): the protocol the socket runs, an IANA number ({@link Protocols}); 0 for AF_UNIX. */
    SO_PROTOCOL
}
