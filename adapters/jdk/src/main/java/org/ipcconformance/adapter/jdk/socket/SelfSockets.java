package org.ipcconformance.adapter.jdk.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.util.List;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.adapter.jdk.core.SelfEnds;
import org.ipcconformance.adapter.jdk.error.Calls;
import org.ipcconformance.adapter.jdk.io.JdkSocket;
import org.ipcconformance.adapter.jdk.io.SocketOps;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Sockets in the harness JVM: SocketChannel, ServerSocketChannel and DatagramChannel, held as self's handles. */
public final class SelfSockets extends JdkSockets {
    private final SelfEnds self;

    public SelfSockets(SandboxScope scope, SelfEnds self) {
        super(scope);
        this.self = self;
    }

    @Override
    public Handle socket(Domain domain, SocketType type, int protocol) {
        boolean stream = Expressible.socket(domain, type, protocol);
        JdkSocket s = Calls.io("socket(" + domain + ", " + type + ", " + protocol + ") in self",
                () -> JdkSocket.open(Expressible.family(domain), stream));
        long id = self.nextId();
        Handle h = new Handle(id, describe(domain, type, id, "self"));
        self.put(h, s);
        return made(h, Expressible.feature(domain, type));
    }

    @Override
    public SocketAddress bind(Handle socket, SocketAddress address) {
        String op = "bind(" + socket + ", " + address + ") in self";
        JdkSocket s = sock(socket, op);
        SocketAddress bound = Calls.io(op, () -> fromJava(s.bind(toJava(address))));
        bound(bound);
        return bound;
    }

    @Override
    public void listen(Handle socket, int backlog) {
        String op = "listen(" + socket + ", " + backlog + ") in self";
        JdkSocket s = sock(socket, op);
        Calls.io(op, () -> {
            s.listen(backlog);
            return null;
        });
    }

    @Override
    public Handle accept(Handle socket) {
        String op = op("accept", socket, "self");
        JdkSocket s = sock(socket, op);
        JdkSocket connection = Calls.io(op, s::accept);
        long id = self.nextId();
        Handle h = new Handle(id, "socket#" + id + " accepted on " + socket);
        self.put(h, connection);
        return made(h, featureOf(socket));
    }

    @Override
    public void connect(Handle socket, SocketAddress address) {
        String op = "connect(" + socket + ", " + address + ") in self";
        JdkSocket s = sock(socket, op);
        Calls.io(op, () -> {
            s.connect(toJava(address));
            return null;
        });
    }

    @Override
    public int send(Handle socket, byte[] data) {
        String op = "send(" + socket + ", " + data.length + " bytes) in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.send(s, data));
    }

    @Override
    public int sendTo(Handle socket, byte[] data, SocketAddress to) {
        String op = "sendto(" + socket + ", " + data.length + " bytes, " + to + ") in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.sendTo(s, data, toJava(to)));
    }

    @Override
    public byte[] receive(Handle socket, int max) {
        String op = "recv(" + socket + ", " + max + ") in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.receive(s, max));
    }

    @Override
    public Datagram receiveFrom(Handle socket, int max) {
        String op = "recvfrom(" + socket + ", " + max + ") in self";
        JdkSocket s = sock(socket, op);
        SocketOps.Received r = Calls.io(op, () -> SocketOps.receiveFrom(s, max));
        return new Datagram(r.data(), r.from() == null ? null : fromJava(r.from()), r.truncated());
    }

    @Override
    public void setOption(Handle socket, SocketOption option, int value) {
        checkOption(socket, option);
        String op = "setsockopt(" + socket + ", " + option + ", " + value + ") in self";
        JdkSocket s = sock(socket, op);
        Calls.io(op, () -> {
            switch (option) {
                case SO_RCVBUF -> s.setOption(StandardSocketOptions.SO_RCVBUF, value);
                case SO_SNDBUF -> s.setOption(StandardSocketOptions.SO_SNDBUF, value);
                case SO_REUSEADDR -> s.setOption(StandardSocketOptions.SO_REUSEADDR, value != 0);
                default -> throw new IllegalStateException("checked above: " + option);
            }
            return null;
        });
    }

    @Override
    public int getOption(Handle socket, SocketOption option) {
        checkOption(socket, option);
        String op = "getsockopt(" + socket + ", " + option + ") in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> switch (option) {
            case SO_RCVBUF -> s.getOption(StandardSocketOptions.SO_RCVBUF);
            case SO_SNDBUF -> s.getOption(StandardSocketOptions.SO_SNDBUF);
            case SO_REUSEADDR -> s.getOption(StandardSocketOptions.SO_REUSEADDR) ? 1 : 0;
            default -> throw new IllegalStateException("checked above: " + option);
        });
    }

    @Override
    public void shutdownOutput(Handle socket) {
        String op = op("shutdown(SHUT_WR)", socket, "self");
        JdkSocket s = sock(socket, op);
        Calls.io(op, () -> s.connection().shutdownOutput());
    }

    /** Self's table of ends holds sockets like pipe ends: its close is the one. */
    @Override
    public void close(Handle socket) {
        self.close(socket);
    }

    @Override
    public long sendPattern(Handle socket, long total, int seed, int chunk) {
        String op = "sendPattern(" + socket + ", " + total + " bytes) in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.sendPattern(s, total, seed, chunk));
    }

    @Override
    public PatternCheck receivePattern(Handle socket, long total, int seed) {
        String op = "receivePattern(" + socket + ", " + total + " bytes) in self";
        JdkSocket s = sock(socket, op);
        long[] r = Calls.io(op, () -> SocketOps.receivePattern(s, total, seed));
        return new PatternCheck(r[0], r[1], r[2]);
    }

    @Override
    public int sendNumbered(Handle socket, SocketAddress to, int count, int size) {
        String op = "sendNumbered(" + socket + ", " + to + ", " + count + " x " + size + " bytes) in self";
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.sendNumbered(s, toJava(to), count, size));
    }

    @Override
    public List<Long> receiveNumbered(Handle socket) {
        String op = op("receiveNumbered", socket, "self");
        JdkSocket s = sock(socket, op);
        return Calls.io(op, () -> SocketOps.receiveNumbered(s));
    }

    @Override
    public boolean privileged() {
        return Calls.io("privileged() in self", SocketOps::privileged);
    }

    @Override
    public int unprivilegedPortStart() {
        return Calls.io("unprivilegedPortStart() in self", SocketOps::unprivilegedPortStart);
    }

    private JdkSocket sock(Handle socket, String op) {
        return self.end(socket, JdkSocket.class, "socket", op);
    }

    static java.net.SocketAddress toJava(SocketAddress a) throws IOException {
        if (a.domain() == Domain.UNIX) {
            return UnixDomainSocketAddress.of(a.path());
        }
        return new InetSocketAddress(InetAddress.getByName(a.host()), a.port());
    }

    static SocketAddress fromJava(java.net.SocketAddress a) {
        if (a instanceof UnixDomainSocketAddress u) {
            return SocketAddress.unix(u.getPath());
        }
        InetSocketAddress inet = (InetSocketAddress) a;
        Domain domain = inet.getAddress() instanceof java.net.Inet6Address ? Domain.INET6 : Domain.INET;
        return new SocketAddress(domain, inet.getAddress().getHostAddress(), inet.getPort(), null);
    }
}
