package org.ipcconformance.suites.mq;

import java.nio.charset.StandardCharsets;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.suites.engine.Evidence;

/** What the message-queue specs share: the spec's own queue calls, and messages written as text. */
final class Queues {
    private Queues() {
    }

    /**
     * For a method that checks one family only (its behaviour differs by family, so it has no
     * variants): records which family the verdict is for, and returns self's queue calls.
     */
    static MessageQueueCalls open(Sandbox box, Evidence evidence, IpcFamily family) {
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
