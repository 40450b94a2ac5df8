package org.ipcconformance.adapter.simulator.kernel.mq;

import java.io.ByteArrayOutputStream;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.ipc.Message;

/** Taking the chosen message off a queue: one whole message, or (mq-byte-stream) as many as fit, run together. */
final class Take {
    private Take() {
    }

    static Message take(MessageQueueModel model, ModelQueue q, int index, int maxSize) {
        Message first = q.remove(index);
        if (!model.has(Fault.MQ_BYTE_STREAM)) {
            return first;
        }
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        merged.writeBytes(first.body());
        while (index < q.messages.size() && merged.size() + q.messages.get(index).body().length <= maxSize) {
            merged.writeBytes(q.remove(index).body());
        }
        return new Message(first.tag(), merged.toByteArray());
    }
}
