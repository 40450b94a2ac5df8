package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/** A socket's type. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum SocketType {
    /** SOCK_STREAM: connected, ordered, reliable bytes. */
    STREAM,
    /** SOCK_DGRAM: messages, no connection needed. */
    DATAGRAM,
    /** SOCK_RAW: below the transport layer. */
    RAW,
    /** SOCK_SEQPACKET: connected, reliable messages. */
    SEQPACKET
}
