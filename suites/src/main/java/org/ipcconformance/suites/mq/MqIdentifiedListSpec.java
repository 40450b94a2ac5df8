package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.pattern;

import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.QueueStatus;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §4: a queue is a kernel-held list of formatted messages named by an identifier. Another
 * process that knows only the name finds the list, and each receive returns one whole message
 * with its type or priority.
 */
class MqIdentifiedListSpec {
    /** Room for every message sent here; POSIX wants the buffer at least mq_msgsize. */
    private static final int BUFFER = 2048;

    @Property("MQ-IDENTIFIED-LIST")
    @Requires({Feature.SYSV_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void systemVMessagesKeepTheirBoundaryAndTypeAndTheKeyFindsTheList(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        // Types 1, 2, 3 with lengths 1, 100, 1000: a merged or split receive shows in the length.
        List<Message> sent = List.of(new Message(1, pattern(1)), new Message(2, pattern(100)), new Message(3, pattern(1000)));
        receivedByAnotherProcess(box, evidence, mine, IpcFamily.SYSTEM_V, QueueLimits.DEFAULT, sent);

        Handle q = mine.create("typed", QueueLimits.DEFAULT);
        var zero = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "msgsnd with mtype 0",
                () -> mine.send(q, Queues.message(0, "no type"), true));
        evidence.record("mtype 0", zero.rawCode());
    }

    @Property("MQ-IDENTIFIED-LIST")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void posixMessagesKeepTheirBoundaryAndPriorityAndTheNameFindsTheList(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        // Sent highest priority first, so arrival order and priority order agree: this is about the units.
        List<Message> sent = List.of(new Message(2, pattern(1)), new Message(1, pattern(100)), new Message(0, pattern(1000)));
        receivedByAnotherProcess(box, evidence, mine, IpcFamily.POSIX, new QueueLimits(4, BUFFER, 0), sent);

        Handle q = mine.create("prioritised", new QueueLimits(4, BUFFER, 0));
        var outOfRange = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "mq_send with a priority beyond MQ_PRIO_MAX",
                () -> mine.send(q, Queues.message(Integer.MAX_VALUE, "too urgent"), true));
        evidence.record("priority out of range", outOfRange.rawCode());
    }

    private static void receivedByAnotherProcess(Sandbox box, Evidence evidence, MessageQueueCalls mine, IpcFamily family,
                                                 QueueLimits limits, List<Message> sent) {
        Handle q = mine.create("list", limits);
        evidence.record("queue", mine.nameOf("list"));
        for (Message m : sent) {
            mine.send(q, m, true);
        }
        QueueStatus status = mine.status(q);
        evidence.record("status after sending", status);
        assertThat(status.messages()).as("messages the kernel holds after %d sends", sent.size()).isEqualTo(sent.size());
        assertThat(status.permissions()).as("permission bits of the queue").isEqualTo(0600);

        // Another process, sharing nothing with this one, finds the list by its name alone.
        Proc other = box.self().spawnUnrelated();
        MessageQueueCalls theirs = other.messageQueues(family);
        Handle found = theirs.open("list");
        List<String> received = new ArrayList<>();
        for (Message expected : sent) {
            Message got = theirs.receive(found, Receive.next(BUFFER));
            received.add(got.tag() + ":" + got.body().length + " bytes");
            assertThat(got.body().length).as("length of the message received %s (sent %d bytes)", received.size(),
                    expected.body().length).isEqualTo(expected.body().length);
            assertThat(got).as("message received %s, with its %s", received.size(),
                    family == IpcFamily.POSIX ? "priority" : "type").isEqualTo(expected);
        }
        evidence.record("received by " + other.name(), received);
        assertThat(theirs.status(found).messages()).as("messages left after receiving each once").isZero();
    }
}
