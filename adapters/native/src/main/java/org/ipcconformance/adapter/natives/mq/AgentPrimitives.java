package org.ipcconformance.adapter.natives.mq;

import java.nio.charset.StandardCharsets;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.spec.spi.ipc.Message;

/** The primitives in an agent: one request each, carried out by agent-mq.c (opcodes 80-91). */
final class AgentPrimitives implements MqPrimitives {
    private static final int MSGGET = 80;
    private static final int MSG_QBYTES = 81;
    private static final int MSGSND = 82;
    private static final int MSGRCV = 83;
    private static final int MSG_STAT = 84;
    private static final int MSG_RMID = 85;
    private static final int MQ_OPEN = 86;
    private static final int MQ_SEND = 87;
    private static final int MQ_RECEIVE = 88;
    private static final int MQ_ATTR = 89;
    private static final int MQ_UNLINK = 90;
    private static final int MQ_CLOSE = 91;

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
    public void mqUnlink(String name, String what) {
        agent.call(what, new Request(MQ_UNLINK).blob(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void mqClose(int mqd, String what) {
        agent.call(what, new Request(MQ_CLOSE).i32(mqd));
    }
}
