package org.ipcconformance.adapter.natives.mq;

import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
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
 * POSIX queues as one process uses them. A handle stands for the descriptor of the process that
 * opened it; another process holds none (-1, so the kernel itself answers EBADF).
 */
final class PosixQueues implements MessageQueueCalls {
    private final MqSandbox state;
    private final Proc proc;
    private final MqPrimitives calls;

    PosixQueues(MqSandbox state, Proc proc, MqPrimitives calls) {
        this.state = state;
        this.proc = proc;
        this.calls = calls;
    }

    @Override
    public IpcFamily family() {
        return IpcFamily.POSIX;
    }

    @Override
    public ObjectName nameOf(String name) {
        return new ObjectName(name, state.posixName(name));
    }

    @Override
    public Handle create(String name, QueueLimits limits) {
        String posixName = state.posixName(name);
        long maxMessages = limits.maxMessages();
        long maxSize = limits.maxMessageSize();
        if (maxMessages > 0 || maxSize > 0) {
            // One asked and the other left to the system: the system's default for the other, as mq_open needs both.
            if (maxMessages == 0) {
                maxMessages = SystemLimits.read(SystemLimits.MQ_MSG_DEFAULT).orElse(10L);
            }
            if (maxSize == 0) {
                maxSize = SystemLimits.read(SystemLimits.MQ_MSGSIZE_DEFAULT).orElse(8192L);
            }
        }
        state.ledgerName(posixName);
        String what = op("mq_open", posixName + ", O_RDWR | O_CREAT | O_EXCL, 0600"
                + (maxMessages > 0 ? ", mq_maxmsg=" + maxMessages + " mq_msgsize=" + maxSize : ""));
        int mqd;
        try {
            mqd = calls.mqOpen(posixName, true, maxMessages, maxSize, what);
        } catch (IpcException e) {
            HarnessException limit = SystemLimits.posixCreate(e, maxMessages, maxSize).orElse(null);
            if (limit != null) {
                throw limit;
            }
            throw e;
        }
        return held(name, posixName, mqd);
    }

    @Override
    public Handle open(String name) {
        String posixName = state.posixName(name);
        int mqd = calls.mqOpen(posixName, false, 0, 0, op("mq_open", posixName + ", O_RDWR"));
        return held(name, posixName, mqd);
    }

    private Handle held(String name, String posixName, int mqd) {
        Handle handle = state.newHandle(new MqSandbox.Ref(IpcFamily.POSIX, name, 0, 0, posixName),
                "POSIX queue " + posixName + " (opened by " + proc.name() + ")");
        state.hold(proc.name(), handle, mqd);
        return handle;
    }

    @Override
    public void send(Handle queue, Message message, boolean nonBlocking) {
        if (message.tag() < 0 || message.tag() > Integer.MAX_VALUE) {
            throw new HarnessException("a POSIX priority is an unsigned int below MQ_PRIO_MAX; the harness passes 0.."
                    + Integer.MAX_VALUE + ", not " + message.tag());
        }
        calls.mqSend(mqd(queue), (int) message.tag(), message.body(), nonBlocking,
                op("mq_send", on(queue) + ", " + message.body().length + " bytes, priority " + message.tag()
                        + (nonBlocking ? ", O_NONBLOCK" : "")));
    }

    @Override
    public Message receive(Handle queue, Receive how) {
        return calls.mqReceive(mqd(queue), how.maxSize(), how.nonBlocking(),
                op("mq_receive", on(queue) + ", " + how.maxSize() + " bytes" + (how.nonBlocking() ? ", O_NONBLOCK" : "")));
    }

    @Override
    public Timed<Message> timedReceive(Handle queue, int maxSize, Deadline deadline) {
        return calls.mqTimedReceive(mqd(queue), maxSize, deadline,
                op("mq_timedreceive", on(queue) + ", " + maxSize + " bytes, " + deadline));
    }

    @Override
    public Timed<Void> timedSend(Handle queue, Message message, Deadline deadline) {
        if (message.tag() < 0 || message.tag() > Integer.MAX_VALUE) {
            throw new HarnessException("a POSIX priority is an unsigned int; the harness passes 0.." + Integer.MAX_VALUE
                    + ", not " + message.tag());
        }
        return calls.mqTimedSend(mqd(queue), (int) message.tag(), message.body(), deadline,
                op("mq_timedsend", on(queue) + ", " + message.body().length + " bytes, priority " + message.tag() + ", " + deadline));
    }

    @Override
    public QueueStatus status(Handle queue) {
        long[] a = calls.mqAttributes(mqd(queue), op("mq_getattr", on(queue)));
        return new QueueStatus(a[2], a[0], a[1], -1, (int) a[3]);
    }

    @Override
    public void remove(Handle queue) {
        String posixName = state.ref(queue, IpcFamily.POSIX).posixName();
        calls.mqUnlink(posixName, op("mq_unlink", posixName));
    }

    @Override
    public void close(Handle queue) {
        int mqd = mqd(queue);
        try {
            calls.mqClose(mqd, op("mq_close", on(queue)));
        } finally {
            // Linux frees the descriptor even when close reports an error.
            state.release(proc.name(), queue);
        }
    }

    private int mqd(Handle queue) {
        state.ref(queue, IpcFamily.POSIX);
        return state.descriptor(proc.name(), queue);
    }

    private String on(Handle queue) {
        int mqd = state.descriptor(proc.name(), queue);
        return queue + (mqd < 0 ? " [not held]" : " [mqd " + mqd + "]");
    }

    private String op(String call, String arguments) {
        return call + "(" + arguments + ") in " + proc.name();
    }
}
