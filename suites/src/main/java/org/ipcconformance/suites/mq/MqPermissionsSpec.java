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
import org.ipcconformance.suites.engine.OtherUser;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * XSH mq_open(), mq_unlink(), msgsnd(), msgrcv(), msgctl(): a queue's mode bits hold for other
 * users. The spec's process creates each queue 0600; a child running as another user, without
 * privileges, is refused. The calls differ by family (System V finds the queue and is refused
 * each operation; POSIX is refused the open itself), so each family has its own method.
 */
class MqPermissionsSpec {
    private static final int SIZE = 64;

    @Property("MQ-PERMISSIONS")
    @Requires({Feature.SYSV_MESSAGE_QUEUES, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void systemVQueueRefusesAnotherUsersOperations(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.SYSTEM_V);
        Handle q = mine.create("guarded", QueueLimits.DEFAULT);
        mine.send(q, Queues.message(1, "secret"), true);
        Proc other = OtherUser.child(box, evidence);
        MessageQueueCalls theirs = other.messageQueues(IpcFamily.SYSTEM_V);
        // msgget(key, 0) asks for no access, so it finds the id; every use of it is then checked.
        Handle found = theirs.open("guarded");

        evidence.record("msgsnd", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "msgsnd by " + other.name(),
                () -> theirs.send(found, Queues.message(1, "intruder"), true)).rawCode());
        evidence.record("msgrcv", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "msgrcv by " + other.name(),
                () -> theirs.receive(found, Receive.next(SIZE).noWait())).rawCode());
        evidence.record("msgctl IPC_STAT", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "msgctl IPC_STAT by " + other.name(),
                () -> theirs.status(found)).rawCode());
        evidence.record("msgctl IPC_RMID", Errors.assertFailsWith(IpcError.NOT_PERMITTED, "msgctl IPC_RMID by " + other.name()
                + ", not the owner", () -> theirs.remove(found)).rawCode());

        assertThat(Queues.show(mine.receive(q, Receive.next(SIZE).noWait())))
                .as("the owner's queue after the refused calls").isEqualTo("1:\"secret\"");
        assertThat(mine.status(q).messages()).as("messages left (the refused send queued nothing)").isZero();
        mine.remove(q);
    }

    @Property("MQ-PERMISSIONS")
    @Requires({Feature.POSIX_MESSAGE_QUEUES, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void posixQueueRefusesAnotherUsersOpenAndUnlink(Sandbox box, Evidence evidence) {
        MessageQueueCalls mine = Queues.open(box, evidence, IpcFamily.POSIX);
        Handle q = mine.create("guarded", new QueueLimits(4, SIZE, 0));
        mine.send(q, Queues.message(0, "secret"), true);
        Proc other = OtherUser.child(box, evidence);
        MessageQueueCalls theirs = other.messageQueues(IpcFamily.POSIX);

        evidence.record("mq_open O_RDWR", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "mq_open by " + other.name(),
                () -> theirs.open("guarded")).rawCode());
        evidence.record("mq_unlink", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "mq_unlink by " + other.name()
                + ", not the owner", () -> theirs.remove(q)).rawCode());

        // The name is still there: the owner opens it again and finds the message.
        Handle again = mine.open("guarded");
        assertThat(Queues.show(mine.receive(again, Receive.next(SIZE).noWait())))
                .as("the owner's queue after the refused calls").isEqualTo("0:\"secret\"");
        mine.close(again);
        mine.remove(q);
        mine.close(q);
    }
}
