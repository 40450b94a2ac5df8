package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/** IANA protocol numbers, the same on every system; 0 lets the system choose the type's default. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Protocols {
    public static final int DEFAULT = 0;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    /** IPPROTO_RAW: a raw socket that sends hand-built IP headers (implies IP_HDRINCL). */
    public static final int RAW = 255;

    private Protocols() {
    }
}
