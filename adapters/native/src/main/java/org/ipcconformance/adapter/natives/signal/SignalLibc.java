package org.ipcconformance.adapter.natives.signal;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The libc calls the harness JVM makes for signals and terminals (JNA direct mapping; -1 or an
 * error number as the C functions return them, errno through {@link Native#getLastError()}).
 * Signals go only to the sandbox's agents: {@link Targets} checks every PID first.
 */
final class SignalLibc {
    static final int PROT_READ = 1;
    static final int MAP_SHARED = 1;
    static final int O_NOCTTY = 0400;

    static {
        Native.register(SignalLibc.class, Platform.C_LIBRARY_NAME);
    }

    private SignalLibc() {
    }

    static native int kill(int pid, int sig);

    /** union sigval is 8 bytes and travels in an integer register (x86_64, aarch64), as a long does; sival_int is its low half. */
    static native int sigqueue(int pid, int sig, long value);

    static native Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

    static native int munmap(Pointer addr, long length);

    static native int posix_openpt(int flags);

    static native int grantpt(int fd);

    static native int unlockpt(int fd);

    /** Returns 0 or an error number. */
    static native int ptsname_r(int fd, byte[] buf, long length);
}
