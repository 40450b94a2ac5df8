package org.ipcconformance.adapter.simulator.kernel.signal;

import org.ipcconformance.spec.spi.signal.Delivery;

/** One generated instance of a signal, with what its siginfo would carry. */
public record Queued(int number, int value, Delivery.Source source, long senderPid) {
}
