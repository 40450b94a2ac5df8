package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * Seed §4: a sender does not need a receiver to exist. The only process that has ever touched the
 * queue sends into it, first with a send that may not wait at all; a receiver comes later.
 */
class MqNoWaitingReaderSpec {
    private static final QueueLimits POSIX_LIMITS = new QueueLimits(4, 64, 0);

    @Property(value = "MQ-NO-WAITING-READER", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.MESSAGE_QUEUES)
    void sendsCompleteWithNoReceiverAnywhere(Sandbox box, Evidence evidence, IpcFamily family) {
        List<Message> sent = List.of(Queues.message(1, "nobody"), Queues.message(1, "is"), Queues.message(1, "listening"));

        Proc sender = box.self().spawnUnrelated();
        MessageQueueCalls s = sender.messageQueues(family);
        Handle q = s.create("mailbox", family == IpcFamily.POSIX ? POSIX_LIMITS : QueueLimits.DEFAULT);
        // A send that must not wait: it would fail with WOULD_BLOCK if it needed a receiver.
        s.send(q, sent.get(0), true);
        // Blocking sends return too: nothing to wait for while there is room.
        s.send(q, sent.get(1), false);
        s.send(q, sent.get(2), false);
        assertThat(s.status(q).messages()).as("messages queued with no receiver").isEqualTo(sent.size());
        evidence.record("sent", sender.name() + " sent 3 messages (one with " + (family == IpcFamily.POSIX ? "O_NONBLOCK" : "IPC_NOWAIT")
                + ") into a queue no other process had touched");
        s.close(q);
        sender.exit();

        Proc receiver = box.self().spawnUnrelated();
        MessageQueueCalls r = receiver.messageQueues(family);
        Handle found = r.open("mailbox");
        for (Message expected : sent) {
            assertThat(Queues.show(r.receive(found, Receive.next(64).noWait())))
                    .as("what %s, started after the sender exited, receives", receiver.name()).isEqualTo(Queues.show(expected));
        }
        r.remove(found);
        r.close(found);
    }
}
