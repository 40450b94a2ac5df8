package org.ipcconformance.adapter.natives.socket;

import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.SocketPair;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * Socket calls of an agent: each is one request, carried out by agent-sockets.c with one call of
 * the primitive (the pattern and burst operations loop inside the agent). Addresses go over the
 * wire as the sockaddr bytes the kernel takes.
 */
public final class AgentSockets implements SocketCalls {
    private static final Op SOCKET = Op.SOCKET;
    private static final Op BIND = Op.BIND;
    private static final Op LISTEN = Op.LISTEN;
    private static final Op ACCEPT = Op.ACCEPT;
    private static final Op CONNECT = Op.CONNECT;
    private static final Op SEND = Op.SEND;
    private static final Op SENDTO = Op.SENDTO;
    private static final Op RECV = Op.RECV;
    private static final Op RECVFROM = Op.RECVFROM;
    private static final Op SETSOCKOPT = Op.SETSOCKOPT;
    private static final Op GETSOCKOPT = Op.GETSOCKOPT;
    private static final Op SHUTDOWN = Op.SHUTDOWN;
    private static final Op SEND_PATTERN = Op.SEND_PATTERN;
    private static final Op RECV_PATTERN = Op.RECV_PATTERN;
    private static final Op SEND_NUMBERED = Op.SEND_NUMBERED;
    private static final Op RECV_NUMBERED = Op.RECV_NUMBERED;
    private static final Op PRIVILEGED = Op.PRIVILEGED;

    private final AgentProc agent;
    private final SandboxScope scope;

    public AgentSockets(AgentProc agent, SandboxScope scope) {
        this.agent = agent;
        this.scope = scope;
    }

    @Override
    public Handle socket(Domain domain, SocketType type, int protocol) {
        String what = agent.describe("socket", domain + ", " + type + ", " + protocol);
        int fd = agent.call(what, new Request(SOCKET).i32(SocketNumbers.family(domain)).i32(SocketNumbers.type(type))
                .i32(protocol)).i32();
        Handle handle = scope.ids().handle(domain + " " + type + " socket (made by " + agent.name() + ")");
        agent.adopt(handle, fd);
        return handle;
    }

    @Override
    public SocketPair socketPair(Domain domain, SocketType type, int protocol) {
        String what = agent.describe("socketpair", domain + ", " + type + ", " + protocol);
        Reply reply = agent.call(what, new Request(Op.SOCKETPAIR).i32(SocketNumbers.family(domain)).i32(SocketNumbers.type(type))
                .i32(protocol));
        int first = reply.i32();
        int second = reply.i32();
        Handle a = scope.ids().handle(domain + " " + type + " socketpair first (made by " + agent.name() + ")");
        Handle b = scope.ids().handle(domain + " " + type + " socketpair second (made by " + agent.name() + ")");
        agent.adopt(a, first);
        agent.adopt(b, second);
        return new SocketPair(a, b);
    }

    @Override
    public SocketAddress bind(Handle socket, SocketAddress address) {
        String what = agent.describe("bind", agent.describe(socket) + ", " + address);
        byte[] raw = agent.call(what, new Request(BIND).i32(agent.fd(socket)).blob(SockAddr.encode(address, what))).blob();
        return SockAddr.decode(raw, raw.length);
    }

    @Override
    public void listen(Handle socket, int backlog) {
        agent.call(agent.describe("listen", agent.describe(socket) + ", " + backlog),
                new Request(LISTEN).i32(agent.fd(socket)).i32(backlog));
    }

    @Override
    public Handle accept(Handle socket) {
        int fd = agent.call(agent.describe("accept", agent.describe(socket)), new Request(ACCEPT).i32(agent.fd(socket))).i32();
        Handle handle = scope.ids().handle("connection accepted on " + socket + " (by " + agent.name() + ")");
        agent.adopt(handle, fd);
        return handle;
    }

    @Override
    public void connect(Handle socket, SocketAddress address) {
        String what = agent.describe("connect", agent.describe(socket) + ", " + address);
        agent.call(what, new Request(CONNECT).i32(agent.fd(socket)).blob(SockAddr.encode(address, what)));
    }

    @Override
    public int send(Handle socket, byte[] data) {
        String what = agent.describe("send", agent.describe(socket) + ", " + data.length + " bytes");
        return (int) agent.call(what, new Request(SEND).i32(agent.fd(socket)).blob(data)).i64();
    }

    @Override
    public int sendTo(Handle socket, byte[] data, SocketAddress to) {
        String what = agent.describe("sendto", agent.describe(socket) + ", " + data.length + " bytes, " + to);
        return (int) agent.call(what, new Request(SENDTO).i32(agent.fd(socket)).blob(data).blob(SockAddr.encode(to, what))).i64();
    }

    @Override
    public byte[] receive(Handle socket, int max) {
        return agent.call(agent.describe("recv", agent.describe(socket) + ", " + max + " bytes"),
                new Request(RECV).i32(agent.fd(socket)).i32(max)).rest();
    }

    @Override
    public Datagram receiveFrom(Handle socket, int max) {
        Reply r = agent.call(agent.describe("recvfrom", agent.describe(socket) + ", " + max + " bytes, MSG_TRUNC"),
                new Request(RECVFROM).i32(agent.fd(socket)).i32(max));
        boolean truncated = r.i32() != 0;
        byte[] from = r.blob();
        return new Datagram(r.rest(), SockAddr.decode(from, from.length), truncated);
    }

    @Override
    public void setOption(Handle socket, SocketOption option, int value) {
        SocketNumbers.Option o = SocketNumbers.option(option);
        agent.call(agent.describe("setsockopt", agent.describe(socket) + ", " + option + ", " + value),
                new Request(SETSOCKOPT).i32(agent.fd(socket)).i32(o.level()).i32(o.name()).i32(value));
    }

    @Override
    public int getOption(Handle socket, SocketOption option) {
        SocketNumbers.Option o = SocketNumbers.option(option);
        return agent.call(agent.describe("getsockopt", agent.describe(socket) + ", " + option),
                new Request(GETSOCKOPT).i32(agent.fd(socket)).i32(o.level()).i32(o.name())).i32();
    }

    @Override
    public void shutdownOutput(Handle socket) {
        agent.call(agent.describe("shutdown", agent.describe(socket) + ", SHUT_WR"),
                new Request(SHUTDOWN).i32(agent.fd(socket)).i32(SocketNumbers.SHUT_WR));
    }

    /** The agent's close request closes any descriptor it holds, a socket as well as a pipe end. */
    @Override
    public void close(Handle socket) {
        agent.close(socket);
    }

    @Override
    public long sendPattern(Handle socket, long total, int seed, int chunk) {
        return agent.call(agent.describe("send", agent.describe(socket) + ", " + total + " bytes of pattern " + seed),
                new Request(SEND_PATTERN).i32(agent.fd(socket)).i64(total).i32(seed).i32(chunk)).i64();
    }

    @Override
    public PatternCheck receivePattern(Handle socket, long total, int seed) {
        Reply r = agent.call(agent.describe("recv", agent.describe(socket) + ", " + total + " bytes of pattern " + seed),
                new Request(RECV_PATTERN).i32(agent.fd(socket)).i64(total).i32(seed));
        long received = r.i64();
        long mismatch = r.i64();
        return new PatternCheck(received, mismatch, r.i64());
    }

    @Override
    public int sendNumbered(Handle socket, SocketAddress to, int count, int size) {
        String what = agent.describe("sendto", agent.describe(socket) + ", " + count + " numbered datagrams to " + to);
        return agent.call(what, new Request(SEND_NUMBERED).i32(agent.fd(socket)).blob(SockAddr.encode(to, what))
                .i32(count).i32(size)).i32();
    }

    @Override
    public List<Long> receiveNumbered(Handle socket) {
        Reply r = agent.call(agent.describe("recv", agent.describe(socket) + ", MSG_DONTWAIT until empty"),
                new Request(RECV_NUMBERED).i32(agent.fd(socket)));
        int count = r.i32();
        List<Long> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(r.i64());
        }
        return numbers;
    }

    @Override
    public boolean privileged() {
        return agent.call(agent.describe("capabilities", "CapEff"), new Request(PRIVILEGED)).i32() != 0;
    }

    @Override
    public int unprivilegedPortStart() {
        return Privileges.unprivilegedPortStart();
    }
}
