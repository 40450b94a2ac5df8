package org.ipcconformance.adapter.simulator.kernel.mq;

import java.util.Arrays;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.ObjectName;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.ipcconformance.spec.spi.ipc.QueueStatus;
import org.ipcconformance.spec.spi.ipc.Receive;
import org.ipcconformance.spec.spi.Timed;

/** msgget, msgsnd, msgrcv, msgctl of one model process. A handle is a queue id, valid in every process. */
final class SysvCalls implements MessageQueueCalls {
    private final MessageQueueModel m;
    private final ModelProcess p;

    SysvCalls(MessageQueueModel model, ModelProcess process) {
        this.m = model;
        this.p = process;
    }

    @Override
    public IpcFamily family() {
        return IpcFamily.SYSTEM_V;
    }

    @Override
    public ObjectName nameOf(String name) {
        return new ObjectName(name, String.format("key 0x%08x", m.keyOf(name)));
    }

    @Override
    public Handle create(String name, QueueLimits limits) {
        int key = m.keyOf(name);
        String op = p.name() + ": msgget(" + nameOf(name).external() + ", IPC_CREAT | IPC_EXCL | 0600)";
        return m.kernel.syscall(p, op, () -> {
            if (m.sysvByKey.containsKey(key)) {
                throw Errno.EEXIST.exception(op);
            }
            if (limits.maxBytes() > ModelLimits.MSGMNB) {
                throw new HarnessException("System V queue size limit: msg_qbytes " + limits.maxBytes()
                        + " is above the model's msgmnb (" + ModelLimits.MSGMNB + ") and the model's processes are unprivileged");
            }
            int id = m.nextId++;
            ModelQueue q = new ModelQueue("System V queue " + name + " (key " + String.format("0x%08x", key) + ", id " + id + ")",
                    limits.maxBytes() > 0 ? limits.maxBytes() : ModelLimits.MSGMNB, -1, ModelLimits.MSGMAX);
            q.users.add(p);
            q.ownerUid = p.uid();
            m.sysvByKey.put(key, q);
            m.sysvById.put(id, q);
            return handle(q, id);
        });
    }

    @Override
    public Handle open(String name) {
        int key = m.keyOf(name);
        String op = p.name() + ": msgget(" + nameOf(name).external() + ", 0)";
        return m.kernel.syscall(p, op, () -> {
            ModelQueue q = m.sysvByKey.get(key);
            if (q == null) {
                throw Errno.ENOENT.exception(op);
            }
            q.users.add(p);
            int id = m.sysvById.entrySet().stream().filter(e -> e.getValue() == q).findFirst().orElseThrow().getKey();
            return handle(q, id);
        });
    }

    private Handle handle(ModelQueue q, int id) {
        Handle h = m.kernel.newHandle(q.label);
        m.handles.put(h.id(), id);
        return h;
    }

    @Override
    public void send(Handle queue, Message message, boolean nonBlocking) {
        int id = (Integer) m.ref(queue, IpcFamily.SYSTEM_V);
        int size = message.body().length;
        String op = p.name() + ": msgsnd(id " + id + ", mtype " + message.tag() + ", " + size + " bytes" + (nonBlocking ? ", IPC_NOWAIT" : "") + ")";
        m.kernel.syscall(p, op, () -> {
            if (message.tag() < 1 || size > ModelLimits.MSGMAX) {
                throw Errno.EINVAL.exception(op);
            }
            ModelQueue q = live(id, op);
            m.checkAccess(p, q, op);
            while (true) {
                if (q.destroyed && !m.has(Fault.MQ_RMID_STRANDS_SENDERS)) {
                    throw Errno.EIDRM.exception(op);
                }
                boolean readerWanted = m.has(Fault.MQ_SEND_WAITS_FOR_READER) && q.waitingReceivers == 0;
                if (!readerWanted && fits(q, size)) {
                    q.add(message);
                    m.kernel.wakeAll();
                    return null;
                }
                if (nonBlocking) {
                    throw Errno.EAGAIN.exception(op);
                }
                m.kernel.sleep(p, op, "msgsnd on " + q.label + (readerWanted ? " (waiting for a receiver)" : " (full)"));
            }
        });
    }

    /** Room for one more message: msg_qbytes bounds the bytes and (as Linux does) the count. */
    private boolean fits(ModelQueue q, int size) {
        if (m.has(Fault.MQ_UNBOUNDED)) {
            return q.bytes() + size <= ModelLimits.UNBOUNDED_GUARD_BYTES;
        }
        return q.bytes() + size <= q.maxBytes && q.messages.size() + 1 <= q.maxBytes;
    }

    @Override
    public Message receive(Handle queue, Receive how) {
        int id = (Integer) m.ref(queue, IpcFamily.SYSTEM_V);
        String op = p.name() + ": msgrcv(id " + id + ", " + how.maxSize() + " bytes, msgtyp " + how.type()
                + (how.except() ? ", MSG_EXCEPT" : "") + (how.nonBlocking() ? ", IPC_NOWAIT" : "") + (how.truncate() ? ", MSG_NOERROR" : "") + ")";
        return m.kernel.syscall(p, op, () -> {
            ModelQueue q = live(id, op);
            m.checkAccess(p, q, op);
            while (true) {
                if (q.destroyed && !m.has(Fault.MQ_RMID_NO_WAKEUP)) {
                    throw Errno.EIDRM.exception(op);
                }
                int index = q.destroyed ? -1 : select(q, how);
                if (index >= 0) {
                    Message found = q.messages.get(index);
                    if (found.body().length > how.maxSize()) {
                        if (!how.truncate()) {
                            throw Errno.E2BIG.exception(op);
                        }
                        q.remove(index);
                        m.kernel.wakeAll();
                        return new Message(found.tag(), Arrays.copyOf(found.body(), how.maxSize()));
                    }
                    Message taken = Take.take(m, q, index, how.maxSize());
                    m.kernel.wakeAll();
                    return taken;
                }
                if (how.nonBlocking()) {
                    throw (m.has(Fault.MQ_NOWAIT_EAGAIN) ? Errno.EAGAIN : Errno.ENOMSG).exception(op);
                }
                q.waitingReceivers++;
                m.kernel.wakeAll();
                try {
                    m.kernel.sleep(p, op, "msgrcv on " + q.label);
                } finally {
                    q.waitingReceivers--;
                }
            }
        });
    }

    /** msgrcv's choice: the first message, the first of a type, the first not of it, or the first of the lowest type up to |msgtyp|. */
    private int select(ModelQueue q, Receive how) {
        if (q.messages.isEmpty()) {
            return -1;
        }
        long type = how.type();
        if (type == 0 || m.has(Fault.MQ_UNTYPED_RECEIVE)) {
            return 0;
        }
        int best = -1;
        for (int i = 0; i < q.messages.size(); i++) {
            long t = q.messages.get(i).tag();
            if (type > 0 && (how.except() ? t != type : t == type)) {
                return i;
            }
            if (type < 0 && t <= -type && (best < 0 || t < q.messages.get(best).tag())) {
                best = i;
            }
        }
        return best;
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
        int id = (Integer) m.ref(queue, IpcFamily.SYSTEM_V);
        String op = p.name() + ": msgctl(id " + id + ", IPC_STAT)";
        return m.kernel.syscall(p, op, () -> {
            ModelQueue q = live(id, op);
            m.checkAccess(p, q, op);
            return new QueueStatus(q.messages.size(), -1, ModelLimits.MSGMAX, q.maxBytes, 0600);
        });
    }

    @Override
    public void remove(Handle queue) {
        int id = (Integer) m.ref(queue, IpcFamily.SYSTEM_V);
        String op = p.name() + ": msgctl(id " + id + ", IPC_RMID)";
        m.kernel.syscall(p, op, () -> {
            ModelQueue q = live(id, op);
            // IPC_RMID is the owner's (or creator's) right, whatever the mode: EPERM for anyone else.
            if (!m.permitted(p, q)) {
                throw Errno.EPERM.exception(op + " (" + p.name() + ", uid " + p.uid() + ", does not own " + q.label + ")");
            }
            m.sysvByKey.values().remove(q);
            if (m.has(Fault.MQ_RMID_KEEPS_ID)) {
                return null; // only the key goes: the id and its waiters carry on
            }
            m.sysvById.remove(id);
            q.destroyed = true;
            q.clear();
            m.kernel.wakeAll();
            return null;
        });
    }

    @Override
    public void close(Handle queue) {
        m.ref(queue, IpcFamily.SYSTEM_V);
    }

    /** The queue an id names now; EINVAL when there is none (removed, or never was), as on Linux. */
    private ModelQueue live(int id, String op) {
        ModelQueue q = m.sysvById.get(id);
        if (q == null) {
            throw Errno.EINVAL.exception(op);
        }
        return q;
    }
}
