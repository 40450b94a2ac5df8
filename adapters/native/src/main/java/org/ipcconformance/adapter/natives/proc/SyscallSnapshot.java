package org.ipcconformance.adapter.natives.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One reading of /proc/.../syscall: the call a sleeping task is in and its first argument, or
 * "running" (on a CPU, nothing to show), or -1 (in the kernel but not in a call: a stop).
 */
public record SyscallSnapshot(boolean running, int number, long firstArgument) {

    /** Empty when the file is unreadable (no such task, or a kernel without it). */
    public static Optional<SyscallSnapshot> read(Path file) {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (text.equals("running")) {
            return Optional.of(new SyscallSnapshot(true, -1, 0));
        }
        String[] fields = text.split(" ");
        try {
            int number = Integer.parseInt(fields[0]);
            long arg = fields.length > 1 ? Long.parseUnsignedLong(fields[1].replaceFirst("^0x", ""), 16) : 0;
            return Optional.of(new SyscallSnapshot(false, number, arg));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean inCall() {
        return !running && number >= 0;
    }
}
