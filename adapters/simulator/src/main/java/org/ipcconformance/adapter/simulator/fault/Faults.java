package org.ipcconformance.adapter.simulator.fault;

import java.util.EnumSet;
import java.util.Set;

/** The faults switched on in one model kernel; the clean model has none. */
public final class Faults {
    private final Set<Fault> on;

    private Faults(Set<Fault> on) {
        this.on = on;
    }

    public static Faults none() {
        return new Faults(EnumSet.noneOf(Fault.class));
    }

    public static Faults of(Fault first, Fault... rest) {
        return new Faults(EnumSet.of(first, rest));
    }

    public boolean has(Fault fault) {
        return on.contains(fault);
    }

    public boolean isClean() {
        return on.isEmpty();
    }

    @Override
    public String toString() {
        return on.isEmpty() ? "none" : on.stream().map(Fault::id).reduce((a, b) -> a + "," + b).orElse("");
    }
}
