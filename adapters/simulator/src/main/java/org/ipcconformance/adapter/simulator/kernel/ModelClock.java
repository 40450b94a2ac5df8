package org.ipcconformance.adapter.simulator.kernel;

import java.time.Instant;

/** The clocks the model's timed waits name, read from the host's: nanoseconds, as clock_gettime gives them. */
public enum ModelClock {
    /** CLOCK_REALTIME: nanoseconds since the epoch. */
    REALTIME {
        @Override
        public long now() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    },
    /** CLOCK_MONOTONIC: from an arbitrary origin, never set back. */
    MONOTONIC {
        @Override
        public long now() {
            return System.nanoTime();
        }
    };

    public abstract long now();
}
