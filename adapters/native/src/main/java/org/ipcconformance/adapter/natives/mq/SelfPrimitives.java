package org.ipcconformance.adapter.natives.mq;

import static org.ipcconformance.adapter.natives.mq.MqLibc.*;

import com.sun.jna.Memory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.LinuxConstants;
import org.ipcconformance.adapter.natives.libc.TimedCalls;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.Timed;

/** The primitives in the harness JVM, through JNA; safe on several threads at once. */
final class SelfPrimitives implements MqPrimitives {
    static final SelfPrimitives INSTANCE = new SelfPrimitives();

    private SelfPrimitives() {
    }

    @Override
    public int msgget(int key, boolean create, String what) {
        int id = MqLibc.msgget(key, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
        if (id < 0) {
            throw Errno.lastFailure(what);
        }
        return id;
    }

    @Override
    public void setQueueBytes(int id, long bytes, String what) {
        try (Memory ds = new Memory(MSQID_DS_SIZE)) {
            ds.clear();
            if (msgctl(id, IPC_STAT, ds) < 0) {
                throw Errno.lastFailure(what);
            }
            ds.setLong(MSQID_QBYTES, bytes);
            if (msgctl(id, IPC_SET, ds) < 0) {
                throw Errno.lastFailure(what);
            }
        }
    }

    @Override
    public void msgsnd(int id, long type, byte[] body, boolean noWait, String what) {
        try (Memory buf = new Memory(8L + Math.max(1, body.length))) {
            buf.setLong(0, type);
            buf.write(8, body, 0, body.length);
            if (MqLibc.msgsnd(id, buf, body.length, noWait ? IPC_NOWAIT : 0) < 0) {
                throw Errno.lastFailure(what);
            }
        }
    }

    @Override
    public Message msgrcv(int id, int maxSize, long type, int options, String what) {
        int flags = ((options & NO_WAIT) != 0 ? IPC_NOWAIT : 0) | ((options & EXCEPT) != 0 ? MSG_EXCEPT : 0)
                | ((options & NO_ERROR) != 0 ? MSG_NOERROR : 0);
        try (Memory buf = new Memory(8L + Math.max(1, maxSize))) {
            long n = MqLibc.msgrcv(id, buf, maxSize, type, flags);
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return new Message(buf.getLong(0), buf.getByteArray(8, (int) n));
        }
    }

    @Override
    public long[] msgStat(int id, String what) {
        try (Memory ds = new Memory(MSQID_DS_SIZE)) {
            ds.clear();
            if (msgctl(id, IPC_STAT, ds) < 0) {
                throw Errno.lastFailure(what);
            }
            return new long[] {ds.getLong(MSQID_QNUM), ds.getLong(MSQID_QBYTES), ds.getShort(MSQID_MODE) & 0777};
        }
    }

    @Override
    public void msgRemove(int id, String what) {
        if (msgctl(id, IPC_RMID, null) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public int mqOpen(String name, boolean create, long maxMessages, long maxSize, String what) {
        int flags = LinuxConstants.O_RDWR | LinuxConstants.O_CLOEXEC | (create ? LinuxConstants.O_CREAT | LinuxConstants.O_EXCL : 0);
        int mqd;
        if (maxMessages == 0 && maxSize == 0) {
            mqd = mq_open(name, flags, 0600, null);
        } else {
            try (Memory attr = new Memory(MQ_ATTR_SIZE)) {
                attr.clear();
                attr.setLong(8, maxMessages);
                attr.setLong(16, maxSize);
                mqd = mq_open(name, flags, 0600, attr);
            }
        }
        if (mqd < 0) {
            throw Errno.lastFailure(what);
        }
        return mqd;
    }

    @Override
    public void mqSend(int mqd, int priority, byte[] body, boolean nonBlocking, String what) {
        try (Memory buf = new Memory(Math.max(1, body.length))) {
            buf.write(0, body, 0, body.length);
            withFlags(mqd, nonBlocking, what, () -> {
                if (mq_send(mqd, buf, body.length, priority) < 0) {
                    throw Errno.lastFailure(what);
                }
                return null;
            });
        }
    }

    @Override
    public Message mqReceive(int mqd, int maxSize, boolean nonBlocking, String what) {
        try (Memory buf = new Memory(Math.max(1, maxSize)); Memory prio = new Memory(4)) {
            return withFlags(mqd, nonBlocking, what, () -> {
                long n = mq_receive(mqd, buf, maxSize, prio);
                if (n < 0) {
                    throw Errno.lastFailure(what);
                }
                return new Message(prio.getInt(0) & 0xffffffffL, buf.getByteArray(0, (int) n));
            });
        }
    }

    @Override
    public long[] mqAttributes(int mqd, String what) {
        try (Memory attr = new Memory(MQ_ATTR_SIZE)) {
            if (mq_getattr(mqd, attr) < 0) {
                throw Errno.lastFailure(what);
            }
            return new long[] {attr.getLong(8), attr.getLong(16), attr.getLong(24), mode(mqd, what)};
        }
    }

    /** A queue descriptor is a file descriptor on Linux; /proc/self/fd/N leads to its inode even without a mounted /dev/mqueue. */
    private static long mode(int mqd, String what) {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self/fd/" + mqd), "unix:mode")) & 0777;
        } catch (IOException | UnsupportedOperationException e) {
            throw new IpcException(IpcError.OTHER, what, "fstat of /proc/self/fd/" + mqd + ": " + e);
        }
    }

    @Override
    public Timed<Message> mqTimedReceive(int mqd, int maxSize, Deadline deadline, String what) {
        try (Memory buf = new Memory(Math.max(1, maxSize)); Memory prio = new Memory(4); Memory ts = new Memory(16)) {
            return TimedCalls.run(TimedCalls.CLOCK_REALTIME, deadline, false, ts, what, () -> {
                long n = mq_timedreceive(mqd, buf, maxSize, prio, ts);
                if (n < 0) {
                    throw Errno.lastFailure(what);
                }
                return new Message(prio.getInt(0) & 0xffffffffL, buf.getByteArray(0, (int) n));
            });
        }
    }

    @Override
    public Timed<Void> mqTimedSend(int mqd, int priority, byte[] body, Deadline deadline, String what) {
        try (Memory buf = new Memory(Math.max(1, body.length)); Memory ts = new Memory(16)) {
            buf.write(0, body, 0, body.length);
            return TimedCalls.run(TimedCalls.CLOCK_REALTIME, deadline, false, ts, what, () -> {
                if (mq_timedsend(mqd, buf, body.length, priority, ts) < 0) {
                    throw Errno.lastFailure(what);
                }
                return null;
            });
        }
    }

    @Override
    public void mqUnlink(String name, String what) {
        if (mq_unlink(name) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    @Override
    public void mqClose(int mqd, String what) {
        if (mq_close(mqd) < 0) {
            throw Errno.lastFailure(what);
        }
    }

    private interface Call<T> {
        T run();
    }

    /** POSIX has no per-call IPC_NOWAIT: O_NONBLOCK is set on the description for the call and cleared after. */
    private static <T> T withFlags(int mqd, boolean nonBlocking, String what, Call<T> call) {
        if (!nonBlocking) {
            return call.run();
        }
        try (Memory attr = new Memory(MQ_ATTR_SIZE)) {
            attr.clear();
            attr.setLong(0, LinuxConstants.O_NONBLOCK);
            if (mq_setattr(mqd, attr, null) < 0) {
                throw Errno.lastFailure(what + " [mq_setattr O_NONBLOCK]");
            }
            try {
                return call.run();
            } finally {
                attr.setLong(0, 0);
                mq_setattr(mqd, attr, null);
            }
        }
    }
}
