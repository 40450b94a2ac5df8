package org.ipcconformance.adapter.simulator.kernel.signal;

/**
 * A pseudo-terminal's line discipline in the model: ISIG on, VINTR 0x03, and the foreground
 * process group that the interrupt character signals.
 */
public final class ModelTerminal {
    public static final byte VINTR = 0x03;

    private final String label;
    private final long foregroundGroup;

    public ModelTerminal(String label, long foregroundGroup) {
        this.label = label;
        this.foregroundGroup = foregroundGroup;
    }

    public String label() {
        return label;
    }

    public long foregroundGroup() {
        return foregroundGroup;
    }
}
