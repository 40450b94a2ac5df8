package org.ipcconformance.adapter.jdk.signal;

import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.signal.Signal;

/** Portable signal names to the JVM's (sun.misc.Signal names them without "SIG") and back. */
final class SignalNames {
    private SignalNames() {
    }

    /** {@code SIGTERM} to {@code TERM}; a real-time signal cannot be named to the JVM at all. */
    static String jvmName(Signal signal) {
        if (signal.isRealtime()) {
            throw JdkFeatures.missing(Feature.REALTIME_SIGNALS);
        }
        String name = signal.name();
        return name.startsWith("SIG") ? name.substring(3) : name;
    }

    /** A name the delivery log wrote ({@code SIGTERM}). */
    static Signal fromLog(String name) {
        return new Signal(name, -1);
    }
}
