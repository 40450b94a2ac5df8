package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * XSH mq_receive() [EAGAIN], msgrcv() [ENOMSG]: a receive that must not wait, finding nothing to
 * take, fails at once and removes nothing.
 */
class MqNonblockEmptySpec {
    private static final int SIZE = 64;

    @Property(value = "MQ-NONBLOCK-EMPTY", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.MESSAGE_QUEUES)
    void aNonBlockingReceiveWithNothingToTakeFailsAndRemovesNothing(Sandbox box, Evidence evidence, IpcFamily family) {
        boolean sysv = family == IpcFamily.SYSTEM_V;
        IpcError nothing = sysv ? IpcError.NO_MESSAGE : IpcError.WOULD_BLOCK;
        MessageQueueCalls mine = box.self().messageQueues(family);
        Handle q = mine.create("empty", sysv ? QueueLimits.DEFAULT : new QueueLimits(4, SIZE, 0));
        Proc receiver = box.self().spawnUnrelated();
        MessageQueueCalls theirs = receiver.messageQueues(family);
        Handle held = theirs.open("empty");

        evidence.record("empty queue", Errors.assertFailsWith(nothing, (sysv ? "msgrcv IPC_NOWAIT" : "mq_receive O_NONBLOCK")
                + " on the empty queue in " + receiver.name(), () -> theirs.receive(held, Receive.next(SIZE).noWait())).rawCode());
        assertThat(mine.status(q).messages()).as("messages after the refused receive").isZero();
        if (sysv) {
            // A queue holding only other types is empty for this msgtyp: ENOMSG, and the message stays.
            mine.send(q, Queues.message(2, "other type"), true);
            evidence.record("no message of type 1", Errors.assertFailsWith(IpcError.NO_MESSAGE,
                    "msgrcv msgtyp 1 IPC_NOWAIT with only a type-2 message queued",
                    () -> theirs.receive(held, Receive.next(SIZE).ofType(1).noWait())).rawCode());
            assertThat(mine.status(q).messages()).as("messages after the refused typed receive").isEqualTo(1);
            assertThat(Queues.show(theirs.receive(held, Receive.next(SIZE).noWait()))).as("the message still queued")
                    .isEqualTo("2:\"other type\"");
        } else {
            mine.send(q, Queues.message(0, "later"), true);
            assertThat(Queues.show(theirs.receive(held, Receive.next(SIZE).noWait())))
                    .as("what the descriptor receives once a message is there (it still works)").isEqualTo("0:\"later\"");
            theirs.close(held);
        }
        mine.remove(q);
        mine.close(q);
    }
}
