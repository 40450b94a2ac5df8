package org.ipcconformance.suites.mq;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §4: messages need not be read first-in first-out; System V selects by type, POSIX by priority. */
class MqSelectiveReceiveSpec {
    private static final int BUFFER = 64;

    @Property("MQ-SELECTIVE-RECEIVE")
    @Requires(Feature.SYSV_MESSAGE_QUEUES)
    void systemVReceivesByTypeLowestTypeAndExceptType(Sandbox box, Evidence evidence) {
        MessageQueueCalls q = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        Handle h = q.create("typed", QueueLimits.DEFAULT);
        for (var m : new String[] {"3:three", "1:one-a", "2:two", "1:one-b"}) {
            q.send(h, Queues.message(Long.parseLong(m.substring(0, 1)), m.substring(2)), true);
        }
        evidence.record("sent in order", "3:three, 1:one-a, 2:two, 1:one-b");

        Receive any = Receive.next(BUFFER).noWait();
        assertThat(Queues.show(q.receive(h, any.ofType(2)))).as("msgrcv msgtyp=2: the first message of type 2")
                .isEqualTo("2:\"two\"");
        assertThat(Queues.show(q.receive(h, any.ofType(-2)))).as("msgrcv msgtyp=-2: the first of the lowest type up to 2")
                .isEqualTo("1:\"one-a\"");
        assertThat(Queues.show(q.receive(h, any.except(1)))).as("msgrcv msgtyp=1 with MSG_EXCEPT: the first not of type 1")
                .isEqualTo("3:\"three\"");
        var none = Errors.assertFailsWith(IpcError.NO_MESSAGE, "msgrcv msgtyp=5 with IPC_NOWAIT and no message of type 5",
                () -> q.receive(h, any.ofType(5)));
        assertThat(Queues.show(q.receive(h, any))).as("msgrcv msgtyp=0: the first message left").isEqualTo("1:\"one-b\"");
        evidence.record("received", "msgtyp 2 -> two, -2 -> one-a, MSG_EXCEPT 1 -> three, 5 -> " + none.rawCode() + ", 0 -> one-b");
    }

    @Property("MQ-SELECTIVE-RECEIVE")
    @Requires(Feature.POSIX_MESSAGE_QUEUES)
    void posixReceivesHighestPriorityFirstAndInArrivalOrderWithinOne(Sandbox box, Evidence evidence) {
        MessageQueueCalls q = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle h = q.create("prioritised", new QueueLimits(8, BUFFER, 0));
        for (var m : new String[] {"1:low-first", "5:urgent", "1:low-second", "3:normal"}) {
            q.send(h, Queues.message(Long.parseLong(m.substring(0, 1)), m.substring(2)), true);
        }
        evidence.record("sent in order", "1:low-first, 5:urgent, 1:low-second, 3:normal");

        String[] expected = {"5:\"urgent\"", "3:\"normal\"", "1:\"low-first\"", "1:\"low-second\""};
        for (int i = 0; i < expected.length; i++) {
            assertThat(Queues.show(q.receive(h, Receive.next(BUFFER).noWait())))
                    .as("mq_receive %d: the oldest message of the highest priority", i + 1).isEqualTo(expected[i]);
        }
        evidence.record("received", String.join(", ", expected));
    }
}
