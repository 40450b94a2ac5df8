package org.ipcconformance.adapter.jdk.socket;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Sockets in a child JVM: each call one request, done there on its own channels; bulk transfers run there too. */
public final class ChildSockets extends JdkSockets {
    private final Agent child;

    public ChildSockets(SandboxScope scope, Agent child) {
        super(scope);
        this.child = child;
    }

    @Override
    public Handle socket(Domain domain, SocketType type, int protocol) {
        boolean stream = Expressible.socket(domain, type, protocol);
        int slot = child.request("socket(" + domain + ", " + type + ", " + protocol + ") in " + child.name(), out -> {
            out.writeByte(Protocol.SOCK_OPEN);
            out.writeByte(family(domain));
            out.writeBoolean(stream);
        }, DataInputStream::readInt);
        long id = child.nextId();
        Handle h = new Handle(id, describe(domain, type, id, child.name()));
        child.hold(h, slot);
        return made(h, Expressible.feature(domain, type));
    }

    @Override
    public SocketAddress bind(Handle socket, SocketAddress address) {
        String op = "bind(" + socket + ", " + address + ") in " + child.name();
        int slot = child.slot(socket, op);
        SocketAddress bound = child.request(op, out -> {
            out.writeByte(Protocol.SOCK_BIND);
            out.writeInt(slot);
            writeAddress(out, address);
        }, ChildSockets::readAddress);
        bound(bound);
        return bound;
    }

    @Override
    public void listen(Handle socket, int backlog) {
        String op = "listen(" + socket + ", " + backlog + ") in " + child.name();
        int slot = child.slot(socket, op);
        child.request(op, out -> {
            out.writeByte(Protocol.SOCK_LISTEN);
            out.writeInt(slot);
            out.writeInt(backlog);
        }, in -> null);
    }

    @Override
    public Handle accept(Handle socket) {
        String op = op("accept", socket, child.name());
        int slot = child.slot(socket, op);
        int accepted = child.request(op, out -> {
            out.writeByte(Protocol.SOCK_ACCEPT);
            out.writeInt(slot);
        }, DataInputStream::readInt);
        long id = child.nextId();
        Handle h = new Handle(id, "socket#" + id + " accepted on " + socket);
        child.hold(h, accepted);
        return made(h, featureOf(socket));
    }

    @Override
    public void connect(Handle socket, SocketAddress address) {
        String op = "connect(" + socket + ", " + address + ") in " + child.name();
        int slot = child.slot(socket, op);
        child.request(op, out -> {
            out.writeByte(Protocol.SOCK_CONNECT);
            out.writeInt(slot);
            writeAddress(out, address);
        }, in -> null);
    }

    @Override
    public int send(Handle socket, byte[] data) {
        String op = "send(" + socket + ", " + data.length + " bytes) in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SEND);
            out.writeInt(slot);
            Protocol.writeBytes(out, data);
        }, DataInputStream::readInt);
    }

    @Override
    public int sendTo(Handle socket, byte[] data, SocketAddress to) {
        String op = "sendto(" + socket + ", " + data.length + " bytes, " + to + ") in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SEND_TO);
            out.writeInt(slot);
            Protocol.writeBytes(out, data);
            writeAddress(out, to);
        }, DataInputStream::readInt);
    }

    @Override
    public byte[] receive(Handle socket, int max) {
        String op = "recv(" + socket + ", " + max + ") in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_RECEIVE);
            out.writeInt(slot);
            out.writeInt(max);
        }, Protocol::readBytes);
    }

    @Override
    public Datagram receiveFrom(Handle socket, int max) {
        String op = "recvfrom(" + socket + ", " + max + ") in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_RECEIVE_FROM);
            out.writeInt(slot);
            out.writeInt(max);
        }, in -> {
            byte[] data = Protocol.readBytes(in);
            SocketAddress from = in.readBoolean() ? readAddress(in) : null;
            return new Datagram(data, from, in.readBoolean());
        });
    }

    @Override
    public void setOption(Handle socket, SocketOption option, int value) {
        checkOption(socket, option);
        String op = "setsockopt(" + socket + ", " + option + ", " + value + ") in " + child.name();
        int slot = child.slot(socket, op);
        child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SET_OPTION);
            out.writeInt(slot);
            out.writeByte(option(option));
            out.writeInt(value);
        }, in -> null);
    }

    @Override
    public int getOption(Handle socket, SocketOption option) {
        checkOption(socket, option);
        String op = "getsockopt(" + socket + ", " + option + ") in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_GET_OPTION);
            out.writeInt(slot);
            out.writeByte(option(option));
        }, DataInputStream::readInt);
    }

    @Override
    public void shutdownOutput(Handle socket) {
        String op = op("shutdown(SHUT_WR)", socket, child.name());
        int slot = child.slot(socket, op);
        child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SHUTDOWN_OUTPUT);
            out.writeInt(slot);
        }, in -> null);
    }

    /** The child's close request closes any end it holds, a socket as well as a pipe end. */
    @Override
    public void close(Handle socket) {
        child.close(socket);
    }

    @Override
    public long sendPattern(Handle socket, long total, int seed, int chunk) {
        String op = "sendPattern(" + socket + ", " + total + " bytes) in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SEND_PATTERN);
            out.writeInt(slot);
            out.writeLong(total);
            out.writeInt(seed);
            out.writeInt(chunk);
        }, DataInputStream::readLong);
    }

    @Override
    public PatternCheck receivePattern(Handle socket, long total, int seed) {
        String op = "receivePattern(" + socket + ", " + total + " bytes) in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_RECEIVE_PATTERN);
            out.writeInt(slot);
            out.writeLong(total);
            out.writeInt(seed);
        }, in -> new PatternCheck(in.readLong(), in.readLong(), in.readLong()));
    }

    @Override
    public int sendNumbered(Handle socket, SocketAddress to, int count, int size) {
        String op = "sendNumbered(" + socket + ", " + to + ", " + count + " x " + size + " bytes) in " + child.name();
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_SEND_NUMBERED);
            out.writeInt(slot);
            writeAddress(out, to);
            out.writeInt(count);
            out.writeInt(size);
        }, DataInputStream::readInt);
    }

    @Override
    public List<Long> receiveNumbered(Handle socket) {
        String op = op("receiveNumbered", socket, child.name());
        int slot = child.slot(socket, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SOCK_RECEIVE_NUMBERED);
            out.writeInt(slot);
        }, in -> {
            int n = in.readInt();
            List<Long> seqs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                seqs.add(in.readLong());
            }
            return List.copyOf(seqs);
        });
    }

    @Override
    public boolean privileged() {
        return child.request("privileged() in " + child.name(), out -> out.writeByte(Protocol.SOCK_PRIVILEGED), DataInputStream::readBoolean);
    }

    @Override
    public int unprivilegedPortStart() {
        return child.request("unprivilegedPortStart() in " + child.name(), out -> out.writeByte(Protocol.SOCK_PORT_START),
                DataInputStream::readInt);
    }

    private static byte family(Domain domain) {
        switch (domain) {
            case INET:
                return Protocol.FAMILY_INET;
            case INET6:
                return Protocol.FAMILY_INET6;
            case UNIX:
                return Protocol.FAMILY_UNIX;
            default:
                return Protocol.FAMILY_UNASSIGNED;
        }
    }

    private static byte option(SocketOption option) {
        switch (option) {
            case SO_RCVBUF:
                return Protocol.OPTION_RCVBUF;
            case SO_SNDBUF:
                return Protocol.OPTION_SNDBUF;
            case SO_REUSEADDR:
                return Protocol.OPTION_REUSEADDR;
            default:
                throw new IllegalStateException("checked before: " + option);
        }
    }

    private static void writeAddress(DataOutputStream out, SocketAddress a) throws IOException {
        out.writeByte(family(a.domain()));
        out.writeUTF(a.domain() == Domain.UNIX ? a.path().toString() : a.host());
        out.writeInt(a.port());
    }

    private static SocketAddress readAddress(DataInputStream in) throws IOException {
        byte family = in.readByte();
        String text = in.readUTF();
        int port = in.readInt();
        if (family == Protocol.FAMILY_UNIX) {
            return SocketAddress.unix(Path.of(text));
        }
        return new SocketAddress(family == Protocol.FAMILY_INET6 ? Domain.INET6 : Domain.INET, text, port, null);
    }
}
