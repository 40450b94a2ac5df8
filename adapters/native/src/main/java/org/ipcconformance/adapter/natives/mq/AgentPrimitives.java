package org.ipcconformance.adapter.natives.mq;

import java.nio.charset.StandardCharsets;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.Timed;

/** The primitives in an agent: one request each, carried out by agent-mq.c. */
final class AgentPrimitives implements MqPrimitives {
    private static final Op MSGGET = Op.MSGGET;
    private static final Op MSG_QBYTES = Op.MSG_QBYTES;
    private static final Op MSGSND = Op.MSGSND;
    private static final Op MSGRCV = Op.MSGRCV;
    private static final Op MSG_STAT = Op.MSG_STAT;
    private static final Op MSG_RMID = Op.MSG_RMID;
    private static final Op MQ_OPEN = Op.MQ_OPEN;
    private static final Op MQ_SEND = Op.MQ_SEND;
    private static final Op MQ_RECEIVE = Op.MQ_RECEIVE;
    private static final Op MQ_ATTR = Op.MQ_ATTR;
    private static final Op MQ_UNLINK = Op.MQ_UNLINK;
    private static final Op MQ_CLOSE = Op.MQ_CLOSE;
    private static final Op MQ_TIMEDRECEIVE = Op.MQ_TIMEDRECEIVE;
    private static final Op MQ_TIMEDSEND = Op.MQ_TIMEDSEND;

    private final AgentProc agent;

    AgentPrimitives(AgentProc agent) {
        this.agent = agent;
    }

    @Override
    public int msgget(int key, boolean create, String what) {
        return agent.call(what, new Request(MSGGET).i32(key).i32(create ? 1 : 0)).i32();
    }

    @Override
    public void setQueueBytes(int id, long bytes, String what) {
        agent.call(what, new Request(MSG_QBYTES).i32(id).i64(bytes));
    }

    @Override
    public void msgsnd(int id, long type, byte[] body, boolean noWait, String what) {
        agent.call(what, new Request(MSGSND).i32(id).i64(type).i32(noWait ? NO_WAIT : 0).blob(body));
    }

    @Override
    public Message msgrcv(int id, int maxSize, long type, int options, String what) {
        Reply r = agent.call(what, new Request(MSGRCV).i32(id).i32(maxSize).i64(type).i32(options));
        long got = r.i64();
        return new Message(got, r.blob());
    }

    @Override
    public long[] msgStat(int id, String what) {
        Reply r = agent.call(what, new Request(MSG_STAT).i32(id));
        return new long[] {r.i64(), r.i64(), r.i64()};
    }

    @Override
    public void msgRemove(int id, String what) {
        agent.call(what, new Request(MSG_RMID).i32(id));
    }

    @Override
    public int mqOpen(String name, boolean create, long maxMessages, long maxSize, String what) {
        return agent.call(what, new Request(MQ_OPEN).i32(create ? 1 : 0).i64(maxMessages).i64(maxSize)
                .blob(name.getBytes(StandardCharsets.UTF_8))).i32();
    }

    @Override
    public void mqSend(int mqd, int priority, byte[] body, boolean nonBlocking, String what) {
        agent.call(what, new Request(MQ_SEND).i32(mqd).i32(priority).i32(nonBlocking ? 1 : 0).blob(body));
    }

    @Override
    public Message mqReceive(int mqd, int maxSize, boolean nonBlocking, String what) {
        Reply r = agent.call(what, new Request(MQ_RECEIVE).i32(mqd).i32(maxSize).i32(nonBlocking ? 1 : 0));
        long priority = r.i64();
        return new Message(priority, r.blob());
    }

    @Override
    public long[] mqAttributes(int mqd, String what) {
        Reply r = agent.call(what, new Request(MQ_ATTR).i32(mqd));
        return new long[] {r.i64(), r.i64(), r.i64(), r.i64()};
    }

    @Override
    public Timed<Message> mqTimedReceive(int mqd, int maxSize, Deadline deadline, String what) {
        Reply r = agent.call(what, new Request(MQ_TIMEDRECEIVE).i32(mqd).i32(maxSize).deadline(deadline));
        return r.timed(what, () -> {
            long priority = r.i64();
            return new Message(priority, r.blob());
        });
    }

    @Override
    public Timed<Void> mqTimedSend(int mqd, int priority, byte[] body, Deadline deadline, String what) {
        Reply r = agent.call(what, new Request(MQ_TIMEDSEND).i32(mqd).i32(priority).deadline(deadline).blob(body));
        return r.timed(what, () -> null);
    }

    @Override
    public void mqUnlink(String name, String what) {
        agent.call(what, new Request(MQ_UNLINK).blob(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void mqClose(int mqd, String what) {
        agent.call(what, new Request(MQ_CLOSE).i32(mqd));
    }
}
