package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.filled;
import static org.ipcconformance.suites.engine.Bytes.pattern;

import java.util.Arrays;
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
import org.ipcconformance.spec.spi.ipc.QueueStatus;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * POSIX msgsnd()/mq_send(): a queue is bounded. A full queue refuses a send that may not wait
 * and stalls one that may, until a receive makes room; an oversize message is refused.
 */
class MqCapacitySpec {
    /** A queue that takes this many messages without refusing is taken to be unbounded. */
    private static final int UNBOUNDED = 10_000;
    private static final int SYSV_QUEUE_BYTES = 1024;
    private static final int SYSV_MESSAGE = 256;
    private static final int POSIX_MAX_MESSAGES = 3;
    private static final int POSIX_MESSAGE_SIZE = 64;

    @Property("MQ-CAPACITY")
    @Requires({Feature.SYSV_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void systemVQueueHoldsMsgQbytesAndRefusesOversizeMessages(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        Handle q = mine.create("bounded", new QueueLimits(0, 0, SYSV_QUEUE_BYTES));
        QueueStatus status = mine.status(q);
        evidence.record("status", status);
        assertThat(status.maxBytes()).as("msg_qbytes after IPC_SET").isEqualTo(SYSV_QUEUE_BYTES);

        // Above msgmax: EINVAL, whatever room the queue has.
        var oversize = Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "msgsnd of msgmax + 1 bytes",
                () -> mine.send(q, new Message(1, new byte[(int) status.maxMessageSize() + 1]), true));
        evidence.record("msgmax + 1 bytes", oversize.rawCode());

        // A message longer than the receive buffer: E2BIG and it stays queued; MSG_NOERROR cuts it.
        byte[] long256 = pattern(SYSV_MESSAGE);
        mine.send(q, new Message(7, long256), true);
        var tooBig = Errors.assertFailsWith(IpcError.ARGUMENT_LIST_TOO_LONG, "msgrcv of 256 bytes into 10",
                () -> mine.receive(q, Receive.next(10).noWait()));
        evidence.record("msgrcv into a short buffer", tooBig.rawCode());
        assertThat(mine.status(q).messages()).as("messages queued after the E2BIG receive").isEqualTo(1);
        Message cut = mine.receive(q, Receive.next(10).noWait().truncating());
        assertThat(cut).as("msgrcv with MSG_NOERROR into 10 bytes").isEqualTo(new Message(7, Arrays.copyOf(long256, 10)));

        int accepted = fill(mine, q, new Message(1, filled(SYSV_MESSAGE, 'q')));
        evidence.record("messages of 256 bytes accepted before WOULD_BLOCK", accepted);
        assertThat(accepted).as("256-byte messages a queue of msg_qbytes %d takes", SYSV_QUEUE_BYTES)
                .isEqualTo(SYSV_QUEUE_BYTES / SYSV_MESSAGE);
        aBlockingSendWaitsForRoom(box, evidence, mine, q, IpcFamily.SYSTEM_V, accepted, SYSV_MESSAGE);
    }

    @Property("MQ-CAPACITY")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS})
    void posixQueueHoldsMqMaxmsgAndRefusesOversizeMessagesAndBuffers(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle q = mine.create("bounded", new QueueLimits(POSIX_MAX_MESSAGES, POSIX_MESSAGE_SIZE, 0));
        QueueStatus status = mine.status(q);
        evidence.record("status", status);
        assertThat(status.maxMessages()).as("mq_maxmsg").isEqualTo(POSIX_MAX_MESSAGES);
        assertThat(status.maxMessageSize()).as("mq_msgsize").isEqualTo(POSIX_MESSAGE_SIZE);

        var oversize = Errors.assertFailsWith(IpcError.MESSAGE_TOO_BIG, "mq_send of mq_msgsize + 1 bytes",
                () -> mine.send(q, new Message(0, new byte[POSIX_MESSAGE_SIZE + 1]), true));
        evidence.record("mq_msgsize + 1 bytes", oversize.rawCode());
        var shortBuffer = Errors.assertFailsWith(IpcError.MESSAGE_TOO_BIG, "mq_receive with a buffer below mq_msgsize",
                () -> mine.receive(q, Receive.next(POSIX_MESSAGE_SIZE - 1).noWait()));
        evidence.record("mq_receive into mq_msgsize - 1 bytes", shortBuffer.rawCode());

        int accepted = fill(mine, q, new Message(0, filled(POSIX_MESSAGE_SIZE, 'q')));
        evidence.record("messages accepted before WOULD_BLOCK", accepted);
        assertThat(accepted).as("messages a queue of mq_maxmsg %d takes", POSIX_MAX_MESSAGES).isEqualTo(POSIX_MAX_MESSAGES);
        aBlockingSendWaitsForRoom(box, evidence, mine, q, IpcFamily.POSIX, accepted, POSIX_MESSAGE_SIZE);
    }

    /** Sends without waiting until WOULD_BLOCK; returns how many were accepted. */
    private static int fill(MessageQueueCalls calls, Handle q, Message message) {
        for (int accepted = 0; accepted < UNBOUNDED; accepted++) {
            try {
                calls.send(q, message, true);
            } catch (IpcException e) {
                if (e.error() != IpcError.WOULD_BLOCK) {
                    throw e;
                }
                return accepted;
            }
        }
        throw new AssertionError("the queue accepted " + UNBOUNDED + " messages without WOULD_BLOCK: it is not bounded");
    }

    /** Another process's blocking send on the full queue stalls, and completes once a receive makes room. */
    private static void aBlockingSendWaitsForRoom(Sandbox box, Evidence evidence, MessageQueueCalls mine, Handle q,
                                                  IpcFamily family, int full, int size) {
        Proc other = box.self().spawnUnrelated();
        Handle theirs = other.messageQueues(family).open("bounded");
        Message last = new Message(family == IpcFamily.POSIX ? 0 : 2, filled(size, 'w'));
        Pending<Void> send = other.async("blocking send to the full queue", p -> {
            p.messageQueues(family).send(theirs, last, false);
            return null;
        });
        Blocking.assertBlocks(box, evidence, other, send);
        mine.receive(q, Receive.next(size).noWait());
        send.await();
        assertThat(mine.status(q).messages()).as("messages queued once the stalled send completed").isEqualTo(full);
    }
}
