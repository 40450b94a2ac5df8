package org.ipcconformance.adapter.natives.signal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.spec.spi.signal.Signal;

/**
 * A process's signal sets seen from outside, in /proc/PID/status: SigPnd (pending for the
 * thread) and ShdPnd (for the process) together are its pending set, SigBlk its mask. Reading
 * them needs nothing of the process, which may be stopped or asleep. Where the status has no
 * such lines (hardened or emulated /proc, {@link NativeConditions}) the sets are empty Optionals
 * and the caller asks the process itself.
 */
final class ProcStatus {
    private ProcStatus() {
    }

    /** The status text; empty when the process is gone or a zombie (whose sets mean nothing). */
    static Optional<String> read(long pid, NativeConditions platform) {
        try {
            String text = platform.procStatus(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return text.contains("\nState:\tZ") || text.contains("\nState:\tX") ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** SigPnd and ShdPnd together; empty when the status shows neither line. */
    static Optional<Set<Signal>> pending(String status) {
        Optional<String> thread = field(status, "SigPnd");
        Optional<String> process = field(status, "ShdPnd");
        if (thread.isEmpty() || process.isEmpty()) {
            return Optional.empty();
        }
        Set<Signal> out = decode(new BigInteger(thread.get(), 16));
        out.addAll(decode(new BigInteger(process.get(), 16)));
        return Optional.of(out);
    }

    /** SigBlk; empty when the status has no such line. */
    static Optional<Set<Signal>> blocked(String status) {
        return field(status, "SigBlk").map(hex -> decode(new BigInteger(hex, 16)));
    }

    private static Optional<String> field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Optional.of(line.substring(name.length() + 1).strip());
            }
        }
        return Optional.empty();
    }

    /** Bit n-1 of the mask stands for signal n. */
    static Set<Signal> decode(BigInteger bits) {
        Set<Signal> out = new LinkedHashSet<>();
        for (int n = 1; n <= bits.bitLength(); n++) {
            if (bits.testBit(n - 1)) {
                out.add(SignalNumbers.signal(n));
            }
        }
        return out;
    }
}
