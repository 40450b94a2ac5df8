package org.ipcconformance.adapter.natives.socket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What /proc says about privilege: the harness's own capabilities, and the first unprivileged port. */
public final class Privileges {
    private static final int CAP_NET_BIND_SERVICE = 10;
    private static final int CAP_NET_RAW = 13;
    private static final Path PORT_START = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");

    private Privileges() {
    }

    /** Whether the harness JVM's effective capabilities hold CAP_NET_RAW and CAP_NET_BIND_SERVICE. */
    static boolean harnessPrivileged() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                    return (caps & (1L << CAP_NET_RAW)) != 0 && (caps & (1L << CAP_NET_BIND_SERVICE)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    /** net.ipv4.ip_unprivileged_port_start (Linux 4.11+), else the classic 1024. */
    public static int unprivilegedPortStart() {
        // A sysctl file answers one read only: a reader that asks for 1 byte first gets "1" and then EOF.
        try (InputStream in = Files.newInputStream(PORT_START)) {
            return Integer.parseInt(new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 1024;
        }
    }
}
