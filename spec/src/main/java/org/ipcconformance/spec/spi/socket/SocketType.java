package org.ipcconformance.spec.spi.socket;

/** A socket's type. */
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
