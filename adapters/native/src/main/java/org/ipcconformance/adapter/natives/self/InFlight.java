package org.ipcconformance.adapter.natives.self;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.libc.LinuxExtras;

/**
 * The calls of the harness JVM that are in progress, each with the kernel thread that makes it:
 * /proc/self/task/TID then shows whether that thread sleeps in the call (BLOCKED), and a
 * blocking FIFO open can be woken when the sandbox closes.
 */
final class InFlight {
    private static final ThreadLocal<Integer> TID =
            ThreadLocal.withInitial(() -> LinuxExtras.AVAILABLE ? LinuxExtras.gettid() : -1);

    /** One call in progress. */
    record Call(long token, int tid, String description, Path openedPath) {
    }

    private final AtomicLong tokens = new AtomicLong();
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    /** Descriptors that wake a FIFO open ({@link #wake}), held until that open has returned. */
    private final Map<Long, Integer> wakers = new ConcurrentHashMap<>();

    <T> T run(String description, Path openedPath, Supplier<T> call) {
        long token = tokens.incrementAndGet();
        calls.put(token, new Call(token, TID.get(), description, openedPath));
        try {
            return call.get();
        } finally {
            calls.remove(token);
            closeWaker(token);
        }
    }

    /**
     * Holds {@code fd}, an open of the other side of {@code call}'s FIFO, until that call returns:
     * held open, it wakes the call whether the call is asleep in open(2) already or gets there later.
     */
    void wake(Call call, int fd) {
        wakers.put(call.token(), fd);
        if (!calls.containsKey(call.token())) {
            closeWaker(call.token());
        }
    }

    private void closeWaker(long token) {
        Integer fd = wakers.remove(token);
        if (fd != null) {
            Libc.close(fd);
        }
    }

    List<Call> now() {
        return List.copyOf(calls.values());
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }
}
