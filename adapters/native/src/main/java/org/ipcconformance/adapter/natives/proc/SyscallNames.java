package org.ipcconformance.adapter.natives.proc;

import java.util.Map;
import java.util.Set;

/**
 * System call numbers, as /proc/PID/syscall shows them, to names: the calls a process of this
 * harness can sleep in. x86_64 has its own table; aarch64 uses the asm-generic one.
 */
public final class SyscallNames {
    private static final Map<Integer, String> X86_64 = Map.ofEntries(
            Map.entry(0, "read"), Map.entry(1, "write"), Map.entry(2, "open"), Map.entry(3, "close"),
            Map.entry(7, "poll"), Map.entry(17, "pread64"), Map.entry(18, "pwrite64"), Map.entry(19, "readv"),
            Map.entry(20, "writev"), Map.entry(23, "select"), Map.entry(34, "pause"), Map.entry(35, "nanosleep"),
            Map.entry(42, "connect"), Map.entry(43, "accept"), Map.entry(44, "sendto"), Map.entry(45, "recvfrom"),
            Map.entry(46, "sendmsg"), Map.entry(47, "recvmsg"), Map.entry(61, "wait4"), Map.entry(64, "semget"),
            Map.entry(65, "semop"), Map.entry(69, "msgsnd"), Map.entry(70, "msgrcv"), Map.entry(72, "fcntl"),
            Map.entry(128, "rt_sigtimedwait"), Map.entry(130, "rt_sigsuspend"), Map.entry(202, "futex"),
            Map.entry(220, "semtimedop"), Map.entry(230, "clock_nanosleep"), Map.entry(232, "epoll_wait"),
            Map.entry(242, "mq_timedsend"), Map.entry(243, "mq_timedreceive"), Map.entry(247, "waitid"),
            Map.entry(257, "openat"), Map.entry(270, "pselect6"), Map.entry(271, "ppoll"),
            Map.entry(281, "epoll_pwait"), Map.entry(288, "accept4"), Map.entry(437, "openat2"));

    private static final Map<Integer, String> GENERIC = Map.ofEntries(
            Map.entry(22, "epoll_pwait"), Map.entry(25, "fcntl"), Map.entry(56, "openat"), Map.entry(57, "close"),
            Map.entry(63, "read"), Map.entry(64, "write"), Map.entry(65, "readv"), Map.entry(66, "writev"),
            Map.entry(67, "pread64"), Map.entry(68, "pwrite64"), Map.entry(72, "pselect6"), Map.entry(73, "ppoll"),
            Map.entry(95, "waitid"), Map.entry(98, "futex"), Map.entry(101, "nanosleep"),
            Map.entry(115, "clock_nanosleep"), Map.entry(133, "rt_sigsuspend"), Map.entry(137, "rt_sigtimedwait"),
            Map.entry(182, "mq_timedsend"), Map.entry(183, "mq_timedreceive"), Map.entry(188, "msgrcv"),
            Map.entry(189, "msgsnd"), Map.entry(190, "semget"), Map.entry(192, "semtimedop"), Map.entry(193, "semop"),
            Map.entry(202, "accept"), Map.entry(203, "connect"), Map.entry(206, "sendto"), Map.entry(207, "recvfrom"),
            Map.entry(211, "sendmsg"), Map.entry(212, "recvmsg"), Map.entry(242, "accept4"), Map.entry(260, "wait4"),
            Map.entry(437, "openat2"));

    /** Calls whose first argument is a descriptor: the detail shows it. */
    private static final Set<String> ON_A_DESCRIPTOR = Set.of("read", "write", "close", "pread64", "pwrite64",
            "readv", "writev", "connect", "accept", "accept4", "sendto", "recvfrom", "sendmsg", "recvmsg", "fcntl",
            "epoll_wait", "epoll_pwait", "mq_timedsend", "mq_timedreceive");

    private final Map<Integer, String> table;

    private SyscallNames(Map<Integer, String> table) {
        this.table = table;
    }

    /** The table of the JVM's architecture; an unknown one names every call "syscall N". */
    public static SyscallNames forThisMachine() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> new SyscallNames(X86_64);
            case "aarch64", "riscv64", "loongarch64" -> new SyscallNames(GENERIC);
            default -> new SyscallNames(Map.of());
        };
    }

    public String name(int number) {
        return table.getOrDefault(number, "syscall " + number);
    }

    public static boolean takesDescriptor(String name) {
        return ON_A_DESCRIPTOR.contains(name);
    }
}
