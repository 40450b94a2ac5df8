package org.ipcconformance.suites.mq;

import java.nio.charset.StandardCharsets;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.suites.engine.Evidence;

/** What the message-queue specs share: the family's feature, and messages written as text. */
final class Queues {
    private Queues() {
    }

    static Feature feature(IpcFamily family) {
        return family == IpcFamily.POSIX ? Feature.POSIX_MESSAGE_QUEUES : Feature.SYSV_MESSAGE_QUEUES;
    }

    /**
     * Requires the family (and {@code more}), records which family the verdict is for, and returns
     * the spec's own process's queue calls.
     */
    static MessageQueueCalls open(Sandbox box, Evidence evidence, IpcFamily family, Feature... more) {
        box.require(feature(family));
        box.require(more);
        evidence.record("family", family.title());
        return box.self().messageQueues(family);
    }

    /** A message with a System V type or POSIX priority and an ASCII body. */
    static Message message(long tag, String text) {
        return new Message(tag, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code 2:"two"}, for evidence. */
    static String show(Message m) {
        return m.tag() + ":\"" + new String(m.body(), StandardCharsets.US_ASCII) + "\"";
    }
}
