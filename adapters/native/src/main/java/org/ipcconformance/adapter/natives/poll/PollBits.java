package org.ipcconformance.adapter.natives.poll;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.spec.spi.PollEvent;

/** The poll.h bits of Linux (x86_64 and aarch64 alike), which also travel in the agent's POLL request and reply. */
final class PollBits {
    private static final Map<PollEvent, Integer> BITS = Map.of(PollEvent.IN, 0x001, PollEvent.OUT, 0x004, PollEvent.ERR, 0x008,
            PollEvent.HUP, 0x010, PollEvent.NVAL, 0x020, PollEvent.RDHUP, 0x2000);

    private PollBits() {
    }

    static short events(Set<PollEvent> events) {
        int bits = 0;
        for (PollEvent e : events) {
            bits |= BITS.get(e);
        }
        return (short) bits;
    }

    /** The events of {@code revents}; bits this enumeration does not name (POLLPRI, POLLRDNORM...) are left out. */
    static Set<PollEvent> revents(int revents) {
        Set<PollEvent> out = EnumSet.noneOf(PollEvent.class);
        BITS.forEach((event, bit) -> {
            if ((revents & bit) != 0) {
                out.add(event);
            }
        });
        return out;
    }
}
