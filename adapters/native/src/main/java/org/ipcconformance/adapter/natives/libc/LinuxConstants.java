package org.ipcconformance.adapter.natives.libc;

/**
 * The numeric values the harness JVM passes to libc. These are Linux's generic values, shared
 * by x86_64 and aarch64 (the agent, compiled from C, uses the headers instead).
 */
public final class LinuxConstants {
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;

    public static final int F_GETFL = 3;
    public static final int F_SETFL = 4;
    public static final int F_GETPIPE_SZ = 1032;

    public static final int AF_UNIX = 1;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_CLOEXEC = O_CLOEXEC;

    public static final int AT_FDCWD = -100;
    public static final int STATX_BASIC_STATS = 0x7ff;
    public static final int STATX_TYPE = 0x1;
    public static final int STATX_MODE = 0x2;
    public static final int STATX_SIZE = 0x200;
    /** stx_mask (u32) opens struct statx: the fields the call filled. */
    public static final int STATX_MASK_OFFSET = 0;
    /** struct statx is the same on every architecture: stx_mode (u16) and stx_size (u64) sit here. */
    public static final int STATX_MODE_OFFSET = 28;
    public static final int STATX_SIZE_OFFSET = 40;
    public static final int STATX_STRUCT_SIZE = 256;

    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 060000;
    public static final int S_IFDIR = 040000;
    public static final int S_IFCHR = 020000;
    public static final int S_IFIFO = 010000;

    /** glibc's struct dirent (LP64): d_ino 8, d_off 8, d_reclen 2, d_type 1, then d_name. */
    public static final int DIRENT_NAME_OFFSET = 19;

    public static final int MFD_CLOEXEC = 1;

    public static final int SIGKILL = 9;
    public static final int SIGPIPE = 13;
    public static final int SIGSTOP = 19;
    /** glibc reserves 32 and 33 for itself; the last real-time signal is 64. */
    public static final int SIGRTMIN = 34;
    public static final int SIGRTMAX = 64;
    /** sizeof(sigset_t) in glibc: 1024 bits. */
    public static final int SIGSET_SIZE = 128;

    public static final int P_PID = 1;
    public static final int WEXITED = 4;
    public static final int WNOWAIT = 0x01000000;
    public static final int WNOHANG = 1;
    public static final int WSTOPPED = 2;
    public static final int SIGINFO_SIZE = 128;
    /** siginfo_t.si_pid: after si_signo, si_errno, si_code (3 ints) and padding to 8 on 64-bit Linux. */
    public static final int SIGINFO_PID_OFFSET = 16;

    public static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** Generous upper bounds of glibc's opaque posix_spawn types (80 and 336 bytes on x86_64). */
    public static final int SPAWN_FILE_ACTIONS_SIZE = 512;
    public static final int SPAWN_ATTR_SIZE = 1024;

    /** PIPE_BUF of <linux/limits.h>. */
    public static final int PIPE_BUF = 4096;

    private LinuxConstants() {
    }
}
