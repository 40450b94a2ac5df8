package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.TimedWaits;

/**
 * POSIX mq_timedsend(): a send to a full queue waits at most until an absolute CLOCK_REALTIME
 * deadline, and never times out while the queue has room. System V has no timed msgsnd.
 */
class MqTimedSendSpec {
    private static final int SIZE = 64;
    /** One message fills it. */
    private static final QueueLimits LIMITS = new QueueLimits(1, SIZE, 0);

    @Property("MQ-TIMED-SEND")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void mqTimedSendWaitsForRoomUntilItsDeadlineAndNeverTimesOutWithRoom(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle q = mine.create("timed", LIMITS);

        // Room for the message: sent, whatever the deadline.
        TimedWaits.assertSucceedsAtOnce(mine.timedSend(q, Queues.message(0, "first"), TimedWaits.PAST),
                "mq_timedsend with room, deadline already past", evidence);
        assertThat(mine.status(q).messages()).as("messages queued (mq_maxmsg 1)").isEqualTo(1);

        Proc sender = box.self().spawnUnrelated();
        MessageQueueCalls theirs = sender.messageQueues(IpcFamily.POSIX);
        Handle held = theirs.open("timed");
        TimedWaits.assertTimedOut(theirs.timedSend(held, Queues.message(0, "late"), Deadline.in(TimedWaits.TIMEOUT)),
                "mq_timedsend on the full queue, deadline " + TimedWaits.TIMEOUT.toMillis() + " ms ahead", evidence);
        TimedWaits.assertFailsAtOnce(theirs.timedSend(held, Queues.message(0, "late"), TimedWaits.PAST), IpcError.TIMED_OUT,
                "mq_timedsend on the full queue, deadline already past", evidence);
        TimedWaits.assertFailsAtOnce(theirs.timedSend(held, Queues.message(0, "late"), TimedWaits.BAD_NSEC), IpcError.INVALID_ARGUMENT,
                "mq_timedsend on the full queue, tv_nsec 1e9", evidence);
        assertThat(mine.status(q).messages()).as("messages queued after the refused sends").isEqualTo(1);

        // Before its deadline the send sleeps, and a receive that makes room ends the sleep.
        Pending<Timed<Void>> waiting = sender.async("mq_timedsend on the full queue, deadline " + TimedWaits.FAR.toSeconds() + " s ahead",
                p -> p.messageQueues(IpcFamily.POSIX).timedSend(held, Queues.message(0, "in time"), Deadline.in(TimedWaits.FAR)));
        Blocking.assertBlocks(box, evidence, sender, waiting);
        assertThat(Queues.show(mine.receive(q, Receive.next(SIZE).noWait()))).as("the message received to make room")
                .isEqualTo("0:\"first\"");
        Timed<Void> woken = waiting.await();
        TimedWaits.assertSucceeded(woken, "the mq_timedsend woken by room");
        assertThat(woken.nanosAfterDeadline()).as("the woken mq_timedsend returned before its deadline").isNegative();
        evidence.record("woken by room", woken);
        assertThat(Queues.show(mine.receive(q, Receive.next(SIZE).noWait()))).as("the message the woken send queued")
                .isEqualTo("0:\"in time\"");

        // With room and a bad tv_nsec, POSIX need not check it (sent); Linux checks it first (EINVAL).
        Timed<Void> unchecked = theirs.timedSend(held, Queues.message(0, "unchecked"), TimedWaits.BAD_NSEC);
        if (unchecked.failed()) {
            TimedWaits.assertFailsAtOnce(unchecked, IpcError.INVALID_ARGUMENT,
                    "mq_timedsend with room, tv_nsec 1e9 (checked: the Linux outcome)", evidence);
            assertThat(mine.status(q).messages()).as("messages queued after the EINVAL").isZero();
        } else {
            TimedWaits.assertSucceedsAtOnce(unchecked, "mq_timedsend with room, tv_nsec 1e9 (not checked)", evidence);
            assertThat(mine.status(q).messages()).as("messages queued after the unchecked send").isEqualTo(1);
        }
        mine.remove(q);
        mine.close(q);
    }
}
