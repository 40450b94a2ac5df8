package org.ipcconformance.adapter.simulator.kernel.ipc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.ipc.Mapping;

/**
 * A segment mapped in one process. In the clean model the mapping's bytes are the segment's own
 * array; the planted faults give it a private copy instead (never synchronised, or synchronised
 * only at the process's calls).
 */
final class Attachment {
    final Mapping mapping;
    final ModelProcess owner;
    final Segment segment;
    /** What the process's loads and stores reach: the segment's array, or a copy under a fault. */
    byte[] view;
    /** store-visible-after-syscall: bytes stored in the copy and not yet written back. */
    boolean[] dirty;

    Attachment(Mapping mapping, ModelProcess owner, Segment segment, byte[] view) {
        this.mapping = mapping;
        this.owner = owner;
        this.segment = segment;
        this.view = view;
    }

    boolean shared() {
        return view == segment.data;
    }

    long word(int offset) {
        return ByteBuffer.wrap(view).order(ByteOrder.nativeOrder()).getLong(offset);
    }

    void store(int offset, byte[] data) {
        System.arraycopy(data, 0, view, offset, data.length);
        if (dirty != null) {
            for (int i = 0; i < data.length; i++) {
                dirty[offset + i] = true;
            }
        }
    }

    void storeWord(int offset, long value) {
        store(offset, ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder()).putLong(value).array());
    }

    /** store-visible-after-syscall: at a call of the process, its stores go out and the others' come in. */
    void synchronise() {
        if (dirty == null || segment.destroyed) {
            return;
        }
        for (int i = 0; i < view.length; i++) {
            if (dirty[i]) {
                segment.data[i] = view[i];
                dirty[i] = false;
            }
        }
        System.arraycopy(segment.data, 0, view, 0, view.length);
    }
}
