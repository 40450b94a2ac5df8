package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * Seed §4: a queue has kernel persistence. A writer creates it, sends and exits; a later process,
 * unrelated to the writer, finds it by name with the messages in it; it ends only when removed.
 */
class MqPersistenceSpec {
    private static final QueueLimits POSIX_LIMITS = new QueueLimits(4, 64, 0);

    @Property(value = "MQ-PERSISTENCE", variants = Variants.IPC_FAMILY)
    @Requires(value = {Feature.MULTI_PROCESS, Feature.PROCESS_STATE}, ofVariant = VariantFeature.MESSAGE_QUEUES)
    void queueAndMessagesOutliveEveryProcessUntilRemoved(Sandbox box, Evidence evidence, IpcFamily family) {
        MessageQueueCalls mine = box.self().messageQueues(family);
        List<Message> sent = List.of(Queues.message(1, "first"), Queues.message(1, "second"), Queues.message(1, "third"));

        Proc writer = box.self().spawnUnrelated();
        MessageQueueCalls w = writer.messageQueues(family);
        Handle created = w.create("kept", family == IpcFamily.POSIX ? POSIX_LIMITS : QueueLimits.DEFAULT);
        evidence.record("queue", w.nameOf("kept"));
        for (Message m : sent) {
            w.send(created, m, true);
        }
        w.close(created);
        writer.exit();
        assertThat(writer.state().kind()).as("state of the writer %s", writer.name()).isEqualTo(ProcState.Kind.EXITED);
        evidence.record("writer", writer.name() + " created the queue, sent 3 messages, closed it and exited");

        // No process has the queue open now; a process unrelated to the writer finds it by name.
        Proc reader = box.self().spawnUnrelated();
        MessageQueueCalls r = reader.messageQueues(family);
        Handle found = r.open("kept");
        assertThat(r.status(found).messages()).as("messages %s finds after the writer is gone", reader.name())
                .isEqualTo(sent.size());
        for (Message expected : sent) {
            assertThat(Queues.show(r.receive(found, Receive.next(64))))
                    .as("message %s receives from the dead writer's queue", reader.name()).isEqualTo(Queues.show(expected));
        }
        r.close(found);
        reader.exit();
        evidence.record("reader", reader.name() + " (unrelated, started after the writer exited) received all 3 and exited");

        // Empty and unused by anyone, the queue is still there: only removal ends it.
        Handle again = mine.open("kept");
        assertThat(mine.status(again).messages()).as("messages in the queue found after both processes exited").isZero();
        mine.remove(again);
        mine.close(again);
        var gone = Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "looking the queue up after its removal", () -> mine.open("kept"));
        evidence.record("lookup after removal", gone.rawCode());
    }
}
