package org.ipcconformance.adapter.simulator.kernel.mq;

import java.util.HashMap;
import java.util.Map;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.ModelClock;
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

/**
 * mq_open, mq_send, mq_receive, mq_getattr, mq_unlink, mq_close of one model process. A handle is
 * a descriptor of the process that opened it; the queue outlives the name until its last close.
 */
final class PosixCalls implements MessageQueueCalls {
    private final MessageQueueModel m;
    private final ModelProcess p;

    PosixCalls(MessageQueueModel model, ModelProcess process) {
        this.m = model;
        this.p = process;
    }

    @Override
    public IpcFamily family() {
        return IpcFamily.POSIX;
    }

    @Override
    public ObjectName nameOf(String name) {
        return new ObjectName(name, m.posixName(name));
    }

    @Override
    public Handle create(String name, QueueLimits limits) {
        String posixName = m.posixName(name);
        long maxMessages = limits.maxMessages() > 0 ? limits.maxMessages() : ModelLimits.MQ_MSG_DEFAULT;
        long maxSize = limits.maxMessageSize() > 0 ? limits.maxMessageSize() : ModelLimits.MQ_MSGSIZE_DEFAULT;
        String op = p.name() + ": mq_open(" + posixName + ", O_RDWR | O_CREAT | O_EXCL, 0600, mq_maxmsg=" + maxMessages
                + " mq_msgsize=" + maxSize + ")";
        return m.kernel.syscall(p, op, () -> {
            if (m.posixByName.containsKey(posixName)) {
                throw Errno.EEXIST.exception(op);
            }
            if (maxMessages > ModelLimits.MQ_MSG_MAX || maxSize > ModelLimits.MQ_MSGSIZE_MAX) {
                throw new HarnessException("POSIX message queue limit: mq_maxmsg " + maxMessages + " / mq_msgsize " + maxSize
                        + " asked, above the model's msg_max (" + ModelLimits.MQ_MSG_MAX + ") or msgsize_max ("
                        + ModelLimits.MQ_MSGSIZE_MAX + ")");
            }
            ModelQueue q = new ModelQueue("POSIX queue " + posixName, -1, maxMessages, maxSize);
            q.posixName = posixName;
            q.ownerUid = p.uid();
            m.posixByName.put(posixName, q);
            return descriptor(q);
        });
    }

    @Override
    public Handle open(String name) {
        String posixName = m.posixName(name);
        String op = p.name() + ": mq_open(" + posixName + ", O_RDWR)";
        return m.kernel.syscall(p, op, () -> {
            ModelQueue q = m.posixByName.get(posixName);
            if (q == null) {
                throw Errno.ENOENT.exception(op);
            }
            m.checkAccess(p, q, op);
            return descriptor(q);
        });
    }

    private Handle descriptor(ModelQueue q) {
        Handle h = m.kernel.newHandle(q.label + " (opened by " + p.name() + ")");
        m.handles.put(h.id(), q);
        m.descriptors.computeIfAbsent(p, x -> new HashMap<>()).put(h.id(), q);
        q.openDescriptors++;
        return h;
    }

    @Override
    public void send(Handle queue, Message message, boolean nonBlocking) {
        String op = p.name() + ": mq_send(" + queue + ", " + message.body().length + " bytes, priority " + message.tag()
                + (nonBlocking ? ", O_NONBLOCK" : "") + ")";
        m.kernel.syscall(p, op, () -> sendLocked(queue, message, nonBlocking, null, 0, op));
    }

    @Override
    public Timed<Void> timedSend(Handle queue, Message message, Deadline deadline) {
        String op = p.name() + ": mq_timedsend(" + queue + ", " + message.body().length + " bytes, priority " + message.tag()
                + ", " + deadline + ")";
        return m.kernel.timedSyscall(p, op, deadline, ModelClock.REALTIME, absolute -> sendLocked(queue, message, false, deadline, absolute, op));
    }

    /** mq_send, or with a {@code deadline} (absolute on the model's CLOCK_REALTIME) mq_timedsend. */
    private Void sendLocked(Handle queue, Message message, boolean nonBlocking, Deadline deadline, long absolute, String op) {
        int size = message.body().length;
        ModelQueue q = held(queue, op);
        if (size > q.maxMessageSize) {
            throw Errno.EMSGSIZE.exception(op);
        }
        if (message.tag() < 0 || message.tag() >= ModelLimits.MQ_PRIO_MAX) {
            throw Errno.EINVAL.exception(op);
        }
        while (true) {
            if (q.destroyed) {
                throw Errno.EBADF.exception(op + " (the queue was destroyed under its open descriptors)");
            }
            if (deadline != null && m.has(Fault.MQ_TIMEOUT_BEFORE_ROOM) && deadline.valid() && ModelClock.REALTIME.now() >= absolute) {
                throw Errno.ETIMEDOUT.exception(op + " (the deadline was checked before the room)");
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
            String detail = "mq_send on " + q.label + (readerWanted ? " (waiting for a receiver)" : " (full)");
            if (deadline == null) {
                m.kernel.sleep(p, op, detail);
            } else {
                sleepUntil(deadline, absolute, op, detail, false);
            }
        }
    }

    /**
     * A timed call that would block: a tv_nsec outside [0, 1e9) is checked only now (POSIX: the
     * timeout need not be checked when the call can complete at once), a deadline already reached
     * fails with ETIMEDOUT, otherwise the process sleeps until a change or the deadline.
     */
    private void sleepUntil(Deadline deadline, long absolute, String op, String detail, boolean atOnce) {
        if (!deadline.valid()) {
            throw Errno.EINVAL.exception(op + " (tv_nsec " + deadline.nanoseconds() + " is outside [0, 1e9))");
        }
        if (atOnce || ModelClock.REALTIME.now() >= absolute) {
            throw Errno.ETIMEDOUT.exception(op);
        }
        m.kernel.sleepUntil(p, op, detail, ModelClock.REALTIME, absolute);
    }

    private boolean fits(ModelQueue q, int size) {
        if (m.has(Fault.MQ_UNBOUNDED)) {
            return q.bytes() + size <= ModelLimits.UNBOUNDED_GUARD_BYTES;
        }
        return q.messages.size() < q.maxMessages;
    }

    @Override
    public Message receive(Handle queue, Receive how) {
        String op = p.name() + ": mq_receive(" + queue + ", " + how.maxSize() + " bytes" + (how.nonBlocking() ? ", O_NONBLOCK" : "") + ")";
        return m.kernel.syscall(p, op, () -> receiveLocked(queue, how.maxSize(), how.nonBlocking(), null, 0, op));
    }

    @Override
    public Timed<Message> timedReceive(Handle queue, int maxSize, Deadline deadline) {
        String op = p.name() + ": mq_timedreceive(" + queue + ", " + maxSize + " bytes, " + deadline + ")";
        return m.kernel.timedSyscall(p, op, deadline, ModelClock.REALTIME, absolute -> receiveLocked(queue, maxSize, false, deadline, absolute, op));
    }

    /** mq_receive, or with a {@code deadline} (absolute on the model's CLOCK_REALTIME) mq_timedreceive. */
    private Message receiveLocked(Handle queue, int maxSize, boolean nonBlocking, Deadline deadline, long absolute, String op) {
        ModelQueue q = held(queue, op);
        if (maxSize < q.maxMessageSize) {
            throw Errno.EMSGSIZE.exception(op);
        }
        while (true) {
            if (q.destroyed) {
                throw Errno.EBADF.exception(op + " (the queue was destroyed under its open descriptors)");
            }
            if (!q.messages.isEmpty()) {
                Message taken = Take.take(m, q, oldestOfHighestPriority(q), maxSize);
                m.kernel.wakeAll();
                return taken;
            }
            if (nonBlocking) {
                throw Errno.EAGAIN.exception(op);
            }
            String detail = "mq_receive on " + q.label;
            q.waitingReceivers++;
            m.kernel.wakeAll();
            try {
                if (deadline == null) {
                    m.kernel.sleep(p, op, detail);
                } else {
                    sleepUntil(deadline, absolute, op, detail, m.has(Fault.MQ_TIMEOUT_AT_ONCE));
                }
            } finally {
                q.waitingReceivers--;
            }
        }
    }

    private int oldestOfHighestPriority(ModelQueue q) {
        if (m.has(Fault.MQ_PRIORITIES_IGNORED)) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < q.messages.size(); i++) {
            if (q.messages.get(i).tag() > q.messages.get(best).tag()) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public QueueStatus status(Handle queue) {
        String op = p.name() + ": mq_getattr(" + queue + ")";
        return m.kernel.syscall(p, op, () -> {
            ModelQueue q = held(queue, op);
            return new QueueStatus(q.messages.size(), q.maxMessages, q.maxMessageSize, -1, 0600);
        });
    }

    @Override
    public void remove(Handle queue) {
        String name = ((ModelQueue) m.ref(queue, IpcFamily.POSIX)).posixName;
        String op = p.name() + ": mq_unlink(" + name + ")";
        m.kernel.syscall(p, op, () -> {
            ModelQueue named = m.posixByName.get(name);
            if (named == null) {
                throw Errno.ENOENT.exception(op);
            }
            // Linux: the name is removable by its owner alone (EACCES for another user).
            m.checkAccess(p, named, op);
            m.posixByName.remove(name);
            if (m.has(Fault.MQ_UNLINK_CLOSES_DESCRIPTORS)) {
                named.destroyed = true;
                named.clear();
            } else if (named.openDescriptors == 0) {
                named.destroyed = true;
            }
            m.kernel.wakeAll();
            return null;
        });
    }

    @Override
    public void close(Handle queue) {
        String op = p.name() + ": mq_close(" + queue + ")";
        m.kernel.syscall(p, op, () -> {
            ModelQueue q = held(queue, op);
            m.descriptors.get(p).remove(queue.id());
            q.openDescriptors--;
            m.forgetIfUnused(q);
            return null;
        });
    }

    /** The queue this process's descriptor is open on; EBADF when it holds none. */
    private ModelQueue held(Handle queue, String op) {
        m.ref(queue, IpcFamily.POSIX);
        Map<Long, ModelQueue> mine = m.descriptors.get(p);
        ModelQueue q = mine == null ? null : mine.get(queue.id());
        if (q == null) {
            throw Errno.EBADF.exception(op + " (" + p.name() + " holds no descriptor for it)");
        }
        return q;
    }
}
