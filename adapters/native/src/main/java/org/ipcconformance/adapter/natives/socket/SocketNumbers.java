package org.ipcconformance.adapter.natives.socket;

import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Linux's numbers for the SPI's domains, types and options (the same on x86_64 and aarch64). */
final class SocketNumbers {
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    /** Above AF_MAX (46 in Linux 6): no kernel assigns it. */
    static final int AF_UNASSIGNED = 255;
    static final int SOCK_CLOEXEC = 02000000;
    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_TRUNC = 0x20;
    static final int MSG_NOSIGNAL = 0x4000;
    static final int SHUT_WR = 1;

    /** An option as the kernel names it: level and number. */
    record Option(int level, int name) {
    }

    private SocketNumbers() {
    }

    static int family(Domain domain) {
        return switch (domain) {
            case UNIX -> AF_UNIX;
            case INET -> AF_INET;
            case INET6 -> AF_INET6;
            case UNASSIGNED -> AF_UNASSIGNED;
        };
    }

    static int type(SocketType type) {
        return switch (type) {
            case STREAM -> 1;
            case DATAGRAM -> 2;
            case RAW -> 3;
            case SEQPACKET -> 5;
        };
    }

    static Option option(SocketOption option) {
        return switch (option) {
            case IP_HDRINCL -> new Option(0, 3);
            case SO_RCVBUF -> new Option(1, 8);
            case SO_SNDBUF -> new Option(1, 7);
            case SO_REUSEADDR -> new Option(1, 2);
            case SO_PROTOCOL -> new Option(1, 38);
        };
    }
}
