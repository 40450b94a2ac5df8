package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * Calls that only newer glibc versions export (statx 2.28, memfd_create 2.27, gettid 2.30,
 * gnu_get_libc_version is glibc-only). Kept apart from {@link Libc} because direct mapping
 * refuses a whole class when one symbol is missing; callers check {@link #AVAILABLE}.
 */
public final class LinuxExtras {
    /** Null when every symbol was found, else why not. */
    public static final String UNAVAILABLE_REASON = register();
    public static final boolean AVAILABLE = UNAVAILABLE_REASON == null;

    private LinuxExtras() {
    }

    private static String register() {
        try {
            Native.register(LinuxExtras.class, Platform.C_LIBRARY_NAME);
            return null;
        } catch (LinkageError e) {
            return e.getMessage();
        }
    }

    public static native int statx(int dirfd, String path, int flags, int mask, Pointer buf);

    public static native int memfd_create(String name, int flags);

    public static native int gettid();

    public static native String gnu_get_libc_version();
}
