package org.ipcconformance.adapter.natives.mq;

import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.ObjectName;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.QueueStatus;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.spec.spi.Timed;

/**
 * System V queues as one process uses them. A queue id is global, so a handle works in every
 * process of the sandbox, as the id would; the key is the run's, derived from the spec's name.
 */
final class SysvQueues implements MessageQueueCalls {
    /** Other keys tried when one is taken by a queue that is not this sandbox's. */
    private static final int KEY_ATTEMPTS = 8;

    private final MqSandbox state;
    private final Proc proc;
    private final MqPrimitives calls;

    SysvQueues(MqSandbox state, Proc proc, MqPrimitives calls) {
        this.state = state;
        this.proc = proc;
        this.calls = calls;
    }

    @Override
    public IpcFamily family() {
        return IpcFamily.SYSTEM_V;
    }

    @Override
    public ObjectName nameOf(String name) {
        return new ObjectName(name, "key " + MqSandbox.hex(state.keyOf(name)));
    }

    @Override
    public Handle create(String name, QueueLimits limits) {
        int key;
        int id;
        if (state.hasKey(name)) {
            // The spec made this name before: its key, and EEXIST if the queue is still there.
            key = state.keyOf(name);
            state.ledgerKey(key);
            id = get(key, true);
        } else {
            int attempt = 0;
            while (true) {
                key = KernelObjects.sysvKey(state.context(), name, attempt);
                state.ledgerKey(key);
                try {
                    id = get(key, true);
                    break;
                } catch (IpcException e) {
                    if (e.error() != IpcError.ALREADY_EXISTS) {
                        throw e;
                    }
                    state.ledgerTaken(key);
                    if (++attempt == KEY_ATTEMPTS) {
                        throw new HarnessException("no free System V key for " + name + ": " + KEY_ATTEMPTS
                                + " candidate keys were all taken by other queues; last: " + e.getMessage());
                    }
                }
            }
        }
        state.created(name, key);
        if (limits.maxBytes() > 0) {
            try {
                calls.setQueueBytes(id, limits.maxBytes(), op("msgctl", "id " + id + ", IPC_SET msg_qbytes=" + limits.maxBytes()));
            } catch (IpcException e) {
                HarnessException limit = SystemLimits.sysvQueueBytes(e, limits.maxBytes()).orElse(null);
                if (limit != null) {
                    throw limit;
                }
                throw e;
            }
        }
        return state.newHandle(new MqSandbox.Ref(IpcFamily.SYSTEM_V, name, key, id, null),
                "System V queue " + name + " (key " + MqSandbox.hex(key) + ", id " + id + ")");
    }

    private int get(int key, boolean create) {
        String what = op("msgget", "key " + MqSandbox.hex(key) + (create ? ", IPC_CREAT | IPC_EXCL | 0600" : ", 0"));
        try {
            return calls.msgget(key, create, what);
        } catch (IpcException e) {
            if (create) {
                HarnessException limit = SystemLimits.sysvCreate(e).orElse(null);
                if (limit != null) {
                    throw limit;
                }
            }
            throw e;
        }
    }

    @Override
    public Handle open(String name) {
        int key = state.keyOf(name);
        int id = get(key, false);
        return state.newHandle(new MqSandbox.Ref(IpcFamily.SYSTEM_V, name, key, id, null),
                "System V queue " + name + " (key " + MqSandbox.hex(key) + ", id " + id + ", opened by " + proc.name() + ")");
    }

    @Override
    public void send(Handle queue, Message message, boolean nonBlocking) {
        int id = id(queue);
        calls.msgsnd(id, message.tag(), message.body(), nonBlocking,
                op("msgsnd", queue + ", mtype " + message.tag() + ", " + message.body().length + " bytes" + (nonBlocking ? ", IPC_NOWAIT" : "")));
    }

    @Override
    public Message receive(Handle queue, Receive how) {
        int options = (how.nonBlocking() ? MqPrimitives.NO_WAIT : 0) | (how.except() ? MqPrimitives.EXCEPT : 0)
                | (how.truncate() ? MqPrimitives.NO_ERROR : 0);
        String flags = (how.nonBlocking() ? " | IPC_NOWAIT" : "") + (how.except() ? " | MSG_EXCEPT" : "")
                + (how.truncate() ? " | MSG_NOERROR" : "");
        return calls.msgrcv(id(queue), how.maxSize(), how.type(), options,
                op("msgrcv", queue + ", " + how.maxSize() + " bytes, msgtyp " + how.type() + (flags.isEmpty() ? "" : ", " + flags.substring(3))));
    }

    @Override
    public Timed<Message> timedReceive(Handle queue, int maxSize, Deadline deadline) {
        throw new HarnessException("System V has no timed msgrcv: mq_timedreceive is a POSIX call");
    }

    @Override
    public Timed<Void> timedSend(Handle queue, Message message, Deadline deadline) {
        throw new HarnessException("System V has no timed msgsnd: mq_timedsend is a POSIX call");
    }

    @Override
    public QueueStatus status(Handle queue) {
        long[] s = calls.msgStat(id(queue), op("msgctl", queue + ", IPC_STAT"));
        return new QueueStatus(s[0], -1, SystemLimits.msgmax(), s[1], (int) s[2]);
    }

    @Override
    public void remove(Handle queue) {
        calls.msgRemove(id(queue), op("msgctl", queue + ", IPC_RMID"));
    }

    /** System V has no descriptor to close: the id stays usable until the queue is removed. */
    @Override
    public void close(Handle queue) {
        id(queue);
    }

    private int id(Handle queue) {
        return state.ref(queue, IpcFamily.SYSTEM_V).id();
    }

    private String op(String call, String arguments) {
        return call + "(" + arguments + ") in " + proc.name();
    }
}
