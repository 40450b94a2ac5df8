package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * msgctl() IPC_RMID and mq_unlink(): what removal means differs by family, and each is checked for
 * what it guarantees. System V destroys the queue at once and wakes its waiters with EIDRM; POSIX
 * removes only the name, and the queue lives on for the descriptors still open.
 */
class MqRemovalSpec {
    private static final QueueLimits POSIX_LIMITS = new QueueLimits(4, 64, 0);
    /** A System V queue this small is filled by one message. */
    private static final int FULL_QUEUE_BYTES = 128;

    @Property("MQ-REMOVAL")
    @Requires({Feature.SYSV_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void systemVRemovalInvalidatesTheIdAndWakesABlockedReceiverWithEidrm(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        Handle q = mine.create("doomed", QueueLimits.DEFAULT);
        Proc receiver = box.self().spawnUnrelated();
        Handle theirs = receiver.messageQueues(IpcFamily.SYSTEM_V).open("doomed");
        Pending<Message> waiting = receiver.async("msgrcv on the empty queue",
                p -> p.messageQueues(IpcFamily.SYSTEM_V).receive(theirs, Receive.next(64)));
        Blocking.assertBlocks(box, evidence, receiver, waiting);

        mine.remove(q);
        // The id is dead at once: Linux says EINVAL (no such id), EIDRM when racing the removal.
        Throwable stale = catchThrowable(() -> mine.send(q, Queues.message(1, "too late"), true));
        assertThat(stale).as("msgsnd with the id of the removed queue").isInstanceOf(IpcException.class);
        assertThat(((IpcException) stale).error()).as("error of msgsnd with the removed id: %s", stale.getMessage())
                .isIn(IpcError.INVALID_ARGUMENT, IpcError.REMOVED);
        evidence.record("msgsnd with the old id", ((IpcException) stale).rawCode());
        var lookup = Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "msgget of the key after IPC_RMID", () -> mine.open("doomed"));
        evidence.record("msgget after removal", lookup.rawCode());

        IpcException woken = Errors.assertFailsWith(IpcError.REMOVED, "the msgrcv blocked in " + receiver.name()
                + " when the queue is removed", waiting::await);
        evidence.record("blocked receiver woke with", woken.rawCode());
    }

    @Property("MQ-REMOVAL")
    @Requires({Feature.SYSV_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void systemVRemovalWakesABlockedSenderWithEidrm(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        Handle q = mine.create("full", new QueueLimits(0, 0, FULL_QUEUE_BYTES));
        // One message of msg_qbytes bytes fills the queue: the next send has to wait for room.
        mine.send(q, new Message(1, new byte[FULL_QUEUE_BYTES]), true);
        Errors.assertFailsWith(IpcError.WOULD_BLOCK, "msgsnd with IPC_NOWAIT on the full queue",
                () -> mine.send(q, Queues.message(1, "no room"), true));
        Proc sender = box.self().spawnUnrelated();
        Handle theirs = sender.messageQueues(IpcFamily.SYSTEM_V).open("full");
        Pending<Void> waiting = sender.async("msgsnd on the full queue", p -> {
            p.messageQueues(IpcFamily.SYSTEM_V).send(theirs, Queues.message(2, "waits for room"), false);
            return null;
        });
        Blocking.assertBlocks(box, evidence, sender, waiting);

        mine.remove(q);
        IpcException woken = Errors.assertFailsWith(IpcError.REMOVED, "the msgsnd blocked in " + sender.name()
                + " when the queue is removed", waiting::await);
        evidence.record("blocked sender woke with", woken.rawCode());
    }

    @Property("MQ-REMOVAL")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void posixUnlinkRemovesTheNameWhileOpenDescriptorsKeepWorking(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle q = mine.create("unlinked", POSIX_LIMITS);
        Proc holder = box.self().spawnUnrelated();
        MessageQueueCalls theirs = holder.messageQueues(IpcFamily.POSIX);
        Handle held = theirs.open("unlinked");
        mine.send(q, Queues.message(0, "before"), true);

        mine.remove(q);
        var lookup = Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "mq_open of the name after mq_unlink", () -> mine.open("unlinked"));
        evidence.record("mq_open after mq_unlink", lookup.rawCode());

        // POSIX has no EIDRM: the queue lives on for open descriptors, in every process that holds one.
        assertThat(Queues.show(theirs.receive(held, Receive.next(64).noWait())))
                .as("what %s's open descriptor receives after mq_unlink", holder.name()).isEqualTo("0:\"before\"");
        Pending<Message> waiting = holder.async("mq_receive on the unlinked, empty queue",
                p -> p.messageQueues(IpcFamily.POSIX).receive(held, Receive.next(64)));
        Blocking.assertBlocks(box, evidence, holder, waiting);
        mine.send(q, Queues.message(0, "after"), true);
        assertThat(Queues.show(waiting.await())).as("what the receiver blocked on the unlinked queue gets")
                .isEqualTo("0:\"after\"");
        evidence.record("after mq_unlink", "both open descriptors still send and receive; a receive that blocks on the unlinked queue is completed by a send through the other descriptor");

        // The name is free at once: a queue created under it is another queue.
        Handle fresh = mine.create("unlinked", POSIX_LIMITS);
        mine.send(fresh, Queues.message(0, "new"), true);
        assertThat(theirs.status(held).messages()).as("messages in the unlinked queue, seen through %s's descriptor", holder.name())
                .isZero();
        assertThat(mine.status(fresh).messages()).as("messages in the new queue of the same name").isEqualTo(1);
        mine.close(q);
        mine.remove(fresh);
        mine.close(fresh);
    }
}
