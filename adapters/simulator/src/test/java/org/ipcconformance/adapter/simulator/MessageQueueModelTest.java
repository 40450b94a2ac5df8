package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.junit.jupiter.api.Test;

/** The model's queues, clean and with the planted faults, seen through the SPI. */
class MessageQueueModelTest extends ModelTestSupport {

    private static Message msg(long tag, String text) {
        return new Message(tag, bytes(text));
    }

    @Test
    void aSystemVQueueOutlivesItsCreatorAndItsRemovalWakesAReceiverWithEidrm() {
        try (Sandbox box = sandbox()) {
            Proc creator = box.self().spawnUnrelated();
            Handle q = creator.messageQueues(IpcFamily.SYSTEM_V).create("q", QueueLimits.DEFAULT);
            creator.messageQueues(IpcFamily.SYSTEM_V).send(q, msg(4, "kept"), true);
            creator.exit();
            MessageQueueCalls mine = box.self().messageQueues(IpcFamily.SYSTEM_V);
            Handle found = mine.open("q");
            assertThat(text(mine.receive(found, Receive.next(16)).body())).isEqualTo("kept");

            Proc receiver = box.self().spawnUnrelated();
            Pending<Message> waiting = receiver.async("msgrcv", p -> p.messageQueues(IpcFamily.SYSTEM_V).receive(found, Receive.next(16)));
            assertBlocked(receiver, waiting);
            mine.remove(found);
            assertThat(errorOf(waiting::await)).isEqualTo(IpcError.REMOVED);
            assertThat(errorOf(() -> mine.status(found))).isEqualTo(IpcError.INVALID_ARGUMENT);
        }
    }

    @Test
    void aPosixQueueKeepsItsLimitsAndLivesOnForOpenDescriptorsAfterUnlink() {
        try (Sandbox box = sandbox()) {
            MessageQueueCalls mine = box.self().messageQueues(IpcFamily.POSIX);
            Handle q = mine.create("q", new QueueLimits(2, 8, 0));
            assertThat(errorOf(() -> mine.send(q, msg(0, "123456789"), true))).isEqualTo(IpcError.MESSAGE_TOO_BIG);
            mine.send(q, msg(1, "a"), true);
            mine.send(q, msg(2, "b"), true);
            assertThat(errorOf(() -> mine.send(q, msg(0, "c"), true))).isEqualTo(IpcError.WOULD_BLOCK);
            mine.remove(q);
            assertThat(errorOf(() -> mine.open("q"))).isEqualTo(IpcError.NO_SUCH_FILE);
            assertThat(text(mine.receive(q, Receive.next(8)).body())).isEqualTo("b");
            Proc other = box.self().spawnUnrelated();
            assertThat(errorOf(() -> other.messageQueues(IpcFamily.POSIX).receive(q, Receive.next(8))))
                    .as("a process that holds no descriptor").isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }

    @Test
    void plantedFaultsDeviateWhereTheyClaim() {
        try (Sandbox box = sandbox("mq-untyped-receive")) {
            MessageQueueCalls q = box.self().messageQueues(IpcFamily.SYSTEM_V);
            Handle h = q.create("q", QueueLimits.DEFAULT);
            q.send(h, msg(1, "one"), true);
            q.send(h, msg(2, "two"), true);
            assertThat(q.receive(h, Receive.next(8).ofType(2)).tag()).isEqualTo(1);
        }
        try (Sandbox box = sandbox("mq-priorities-ignored")) {
            MessageQueueCalls q = box.self().messageQueues(IpcFamily.POSIX);
            Handle h = q.create("q", new QueueLimits(4, 8, 0));
            q.send(h, msg(1, "low"), true);
            q.send(h, msg(9, "high"), true);
            assertThat(text(q.receive(h, Receive.next(8)).body())).isEqualTo("low");
        }
        try (Sandbox box = sandbox("mq-forgets-on-last-close")) {
            MessageQueueCalls q = box.self().messageQueues(IpcFamily.POSIX);
            q.close(q.create("q", new QueueLimits(4, 8, 0)));
            assertThat(errorOf(() -> q.open("q"))).isEqualTo(IpcError.NO_SUCH_FILE);
        }
        try (Sandbox box = sandbox("mq-send-waits-for-reader")) {
            MessageQueueCalls q = box.self().messageQueues(IpcFamily.SYSTEM_V);
            Handle h = q.create("q", QueueLimits.DEFAULT);
            assertThat(errorOf(() -> q.send(h, msg(1, "x"), true))).isEqualTo(IpcError.WOULD_BLOCK);
        }
        try (Sandbox box = sandbox("mq-unlink-closes-descriptors")) {
            MessageQueueCalls q = box.self().messageQueues(IpcFamily.POSIX);
            Handle h = q.create("q", new QueueLimits(4, 8, 0));
            q.remove(h);
            assertThat(errorOf(() -> q.send(h, msg(0, "x"), true))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }
}
