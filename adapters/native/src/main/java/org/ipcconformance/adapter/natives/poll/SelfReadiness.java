package org.ipcconformance.adapter.natives.poll;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.util.Set;
import org.ipcconformance.adapter.natives.core.NativeProc;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.PollEvent;
import org.ipcconformance.spec.spi.ReadinessCalls;

/** poll(2) in the harness JVM, by JNA direct mapping: one struct pollfd (int fd, short events, short revents). */
public final class SelfReadiness implements ReadinessCalls {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    /** A signal that interrupts the JVM's poll (its own housekeeping) is no answer: poll again. */

    private final NativeProc self;

    public SelfReadiness(NativeProc self) {
        this.self = self;
    }

    private static native int poll(Pointer fds, long nfds, int timeout);

    @Override
    public Set<PollEvent> poll(Handle handle, Set<PollEvent> events) {
        return poll(handle, events, 0);
    }

    @Override
    public Set<PollEvent> pollWaiting(Handle handle, Set<PollEvent> events) {
        return poll(handle, events, -1);
    }

    private Set<PollEvent> poll(Handle handle, Set<PollEvent> events, int timeout) {
        String what = self.describe("poll", self.describe(handle) + ", " + events + ", " + timeout);
        try (Memory pollfd = new Memory(8)) {
            pollfd.setInt(0, self.fd(handle));
            pollfd.setShort(4, PollBits.events(events));
            pollfd.setShort(6, (short) 0);
            int n;
            do {
                n = poll(pollfd, 1, timeout);
            } while (n < 0 && Native.getLastError() == Errno.EINTR);
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return PollBits.revents(pollfd.getShort(6) & 0xffff);
        }
    }
}
