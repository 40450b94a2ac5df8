package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The libc calls of the harness JVM, bound by JNA direct mapping (one JNI hop, no reflection
 * per call). Every function here returns -1 (or NULL) and leaves errno, read with
 * {@link Native#getLastError()}, as the C functions do; posix_spawn* return the error instead.
 * size_t and ssize_t are {@code long}: Linux on LP64 (x86_64, aarch64) only.
 */
public final class Libc {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    private Libc() {
    }

    // ---- descriptors ----
    public static native int pipe2(int[] fds, int flags);

    public static native long read(int fd, Pointer buf, long count);

    public static native long write(int fd, Pointer buf, long count);

    public static native long pread(int fd, Pointer buf, long count, long offset);

    public static native int close(int fd);

    /** fcntl is variadic; one int argument covers every command used here (x86_64 and aarch64 pass it in a register). */
    public static native int fcntl(int fd, int cmd, int arg);

    public static native int socketpair(int domain, int type, int protocol, int[] sv);

    public static native int shutdown(int fd, int how);

    // ---- resource limits ----
    /** prlimit(2): another process's limit (struct rlimit: two 64-bit rlim_t on LP64). */
    public static native int prlimit(int pid, int resource, Pointer newLimit, Pointer oldLimit);

    // ---- the file system ----
    public static native int open(String path, int flags, int mode);

    public static native int mkfifo(String path, int mode);

    public static native int chmod(String path, int mode);

    public static native int unlink(String path);

    public static native Pointer opendir(String path);

    public static native Pointer readdir(Pointer dir);

    public static native int closedir(Pointer dir);

    // ---- processes ----
    public static native int getpid();

    public static native int kill(int pid, int sig);

    public static native int waitpid(int pid, int[] status, int options);

    public static native int waitid(int idtype, int id, Pointer info, int options);

    // ---- posix_spawn: return an error number, not -1 ----
    public static native int posix_spawn(Pointer pid, String path, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);

    public static native int posix_spawn_file_actions_init(Pointer actions);

    public static native int posix_spawn_file_actions_destroy(Pointer actions);

    public static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    public static native int posix_spawn_file_actions_addclose(Pointer actions, int fd);

    public static native int posix_spawn_file_actions_addopen(Pointer actions, int fd, String path, int flags, int mode);

    public static native int posix_spawnattr_init(Pointer attr);

    public static native int posix_spawnattr_destroy(Pointer attr);

    public static native int posix_spawnattr_setflags(Pointer attr, short flags);

    public static native int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

    public static native int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

    public static native int sigemptyset(Pointer set);

    public static native int sigaddset(Pointer set, int signal);
}
