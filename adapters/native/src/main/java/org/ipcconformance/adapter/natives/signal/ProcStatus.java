package org.ipcconformance.adapter.natives.signal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * A process's signal sets seen from outside, in /proc/PID/status: SigPnd (pending for the
 * thread) and ShdPnd (for the process) together are its pending set, SigBlk its mask. Reading
 * them needs nothing of the process, which may be stopped or asleep.
 */
final class ProcStatus {
    private ProcStatus() {
    }

    /** The status text; empty when the process is gone or a zombie (whose sets mean nothing). */
    static Optional<String> read(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
            return text.contains("\nState:\tZ") || text.contains("\nState:\tX") ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Set<Signal> pending(String status) {
        Set<Signal> out = decode(field(status, "SigPnd"));
        out.addAll(decode(field(status, "ShdPnd")));
        return out;
    }

    static Set<Signal> blocked(String status) {
        return decode(field(status, "SigBlk"));
    }

    private static String field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        throw new IllegalStateException("/proc/PID/status has no " + name + " line");
    }

    /** Bit n-1 of the hexadecimal mask stands for signal n. */
    private static Set<Signal> decode(String hex) {
        BigInteger bits = new BigInteger(hex, 16);
        Set<Signal> out = new LinkedHashSet<>();
        for (int n = 1; n <= bits.bitLength(); n++) {
            if (bits.testBit(n - 1)) {
                out.add(SignalNumbers.signal(n));
            }
        }
        return out;
    }
}
