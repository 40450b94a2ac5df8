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
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.TimedWaits;

/**
 * POSIX mq_timedreceive(): a receive that waits at most until an absolute CLOCK_REALTIME deadline,
 * and that never times out while a message can be taken. System V has no timed msgrcv.
 */
class MqTimedReceiveSpec {
    private static final int SIZE = 64;
    private static final QueueLimits LIMITS = new QueueLimits(4, SIZE, 0);

    @Property("MQ-TIMED-RECEIVE")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void mqTimedReceiveWaitsUntilItsDeadlineAndNeverTimesOutWithAMessageThere(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle q = mine.create("timed", LIMITS);
        Proc receiver = box.self().spawnUnrelated();
        MessageQueueCalls theirs = receiver.messageQueues(IpcFamily.POSIX);
        Handle held = theirs.open("timed");

        TimedWaits.assertTimedOut(theirs.timedReceive(held, SIZE, Deadline.in(TimedWaits.TIMEOUT)),
                "mq_timedreceive on the empty queue, deadline " + TimedWaits.TIMEOUT.toMillis() + " ms ahead", evidence);
        TimedWaits.assertFailsAtOnce(theirs.timedReceive(held, SIZE, TimedWaits.PAST), IpcError.TIMED_OUT,
                "mq_timedreceive on the empty queue, deadline already past", evidence);
        TimedWaits.assertFailsAtOnce(theirs.timedReceive(held, SIZE, TimedWaits.BAD_NSEC), IpcError.INVALID_ARGUMENT,
                "mq_timedreceive on the empty queue, tv_nsec 1e9", evidence);

        // A message that can be taken at once is returned, whatever the deadline: never ETIMEDOUT.
        mine.send(q, Queues.message(3, "ready"), true);
        Message ready = TimedWaits.assertSucceedsAtOnce(mine.timedReceive(q, SIZE, TimedWaits.PAST),
                "mq_timedreceive with a message queued, deadline already past", evidence);
        assertThat(Queues.show(ready)).as("what mq_timedreceive with a past deadline returned").isEqualTo("3:\"ready\"");

        // A bad tv_nsec with a message there: POSIX need not check it (the message comes back);
        // Linux checks it first (EINVAL). Either way the message is not lost.
        mine.send(q, Queues.message(1, "kept"), true);
        Timed<Message> unchecked = theirs.timedReceive(held, SIZE, TimedWaits.BAD_NSEC);
        if (unchecked.failed()) {
            TimedWaits.assertFailsAtOnce(unchecked, IpcError.INVALID_ARGUMENT,
                    "mq_timedreceive with a message queued, tv_nsec 1e9 (checked: the Linux outcome)", evidence);
            assertThat(Queues.show(mine.receive(q, Receive.next(SIZE).noWait())))
                    .as("the message still queued after the EINVAL").isEqualTo("1:\"kept\"");
        } else {
            assertThat(Queues.show(TimedWaits.assertSucceedsAtOnce(unchecked,
                    "mq_timedreceive with a message queued, tv_nsec 1e9 (not checked)", evidence)))
                    .as("what mq_timedreceive with tv_nsec 1e9 returned").isEqualTo("1:\"kept\"");
        }

        // Before its deadline the receive sleeps, and a message ends the sleep.
        Pending<Timed<Message>> waiting = receiver.async("mq_timedreceive on the empty queue, deadline " + TimedWaits.FAR.toSeconds()
                + " s ahead", p -> p.messageQueues(IpcFamily.POSIX).timedReceive(held, SIZE, Deadline.in(TimedWaits.FAR)));
        Blocking.assertBlocks(box, evidence, receiver, waiting);
        mine.send(q, Queues.message(2, "in time"), true);
        Timed<Message> woken = waiting.await();
        assertThat(Queues.show(TimedWaits.assertSucceeded(woken, "the mq_timedreceive woken by a send")))
                .as("what the woken mq_timedreceive returned").isEqualTo("2:\"in time\"");
        assertThat(woken.nanosAfterDeadline()).as("the woken mq_timedreceive returned before its deadline").isNegative();
        evidence.record("woken by a send", woken);
        mine.remove(q);
        mine.close(q);
    }
}
