package org.ipcconformance.adapter.jdk.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.util.List;
import org.ipcconformance.adapter.jdk.io.JdkSocket;
import org.ipcconformance.adapter.jdk.io.NotHeldException;
import org.ipcconformance.adapter.jdk.io.SocketOps;
import org.ipcconformance.adapter.jdk.io.UnassignedFamily;

/** The socket requests of a child JVM: its sockets live in its slots, like its pipe ends. */
final class SocketRequests {
    private final Slots slots;

    SocketRequests(Slots slots) {
        this.slots = slots;
    }

    void execute(byte op, DataInputStream in, DataOutputStream reply) throws IOException {
        switch (op) {
            case Protocol.SOCK_OPEN: {
                ProtocolFamily family = family(in.readByte());
                reply.writeInt(slots.add(JdkSocket.open(family, in.readBoolean())));
                break;
            }
            case Protocol.SOCK_BIND: {
                JdkSocket s = socket(in.readInt());
                writeAddress(reply, s.bind(readAddress(in)));
                break;
            }
            case Protocol.SOCK_LISTEN: {
                JdkSocket s = socket(in.readInt());
                s.listen(in.readInt());
                break;
            }
            case Protocol.SOCK_ACCEPT:
                reply.writeInt(slots.add(socket(in.readInt()).accept()));
                break;
            case Protocol.SOCK_CONNECT: {
                JdkSocket s = socket(in.readInt());
                s.connect(readAddress(in));
                break;
            }
            case Protocol.SOCK_SEND: {
                JdkSocket s = socket(in.readInt());
                reply.writeInt(SocketOps.send(s, Protocol.readBytes(in)));
                break;
            }
            case Protocol.SOCK_SEND_TO: {
                JdkSocket s = socket(in.readInt());
                byte[] data = Protocol.readBytes(in);
                reply.writeInt(SocketOps.sendTo(s, data, readAddress(in)));
                break;
            }
            case Protocol.SOCK_RECEIVE: {
                JdkSocket s = socket(in.readInt());
                Protocol.writeBytes(reply, SocketOps.receive(s, in.readInt()));
                break;
            }
            case Protocol.SOCK_RECEIVE_FROM: {
                JdkSocket s = socket(in.readInt());
                SocketOps.Received r = SocketOps.receiveFrom(s, in.readInt());
                Protocol.writeBytes(reply, r.data());
                reply.writeBoolean(r.from() != null);
                if (r.from() != null) {
                    writeAddress(reply, r.from());
                }
                reply.writeBoolean(r.truncated());
                break;
            }
            case Protocol.SOCK_SET_OPTION: {
                JdkSocket s = socket(in.readInt());
                byte option = in.readByte();
                int value = in.readInt();
                if (option == Protocol.OPTION_REUSEADDR) {
                    s.setOption(StandardSocketOptions.SO_REUSEADDR, value != 0);
                } else {
                    s.setOption(intOption(option), value);
                }
                break;
            }
            case Protocol.SOCK_GET_OPTION: {
                JdkSocket s = socket(in.readInt());
                byte option = in.readByte();
                reply.writeInt(option == Protocol.OPTION_REUSEADDR
                        ? (s.getOption(StandardSocketOptions.SO_REUSEADDR) ? 1 : 0)
                        : s.getOption(intOption(option)));
                break;
            }
            case Protocol.SOCK_SHUTDOWN_OUTPUT:
                socket(in.readInt()).connection().shutdownOutput();
                break;
            case Protocol.SOCK_SEND_PATTERN: {
                JdkSocket s = socket(in.readInt());
                long total = in.readLong();
                int seed = in.readInt();
                reply.writeLong(SocketOps.sendPattern(s, total, seed, in.readInt()));
                break;
            }
            case Protocol.SOCK_RECEIVE_PATTERN: {
                JdkSocket s = socket(in.readInt());
                long total = in.readLong();
                long[] r = SocketOps.receivePattern(s, total, in.readInt());
                reply.writeLong(r[0]);
                reply.writeLong(r[1]);
                reply.writeLong(r[2]);
                break;
            }
            case Protocol.SOCK_SEND_NUMBERED: {
                JdkSocket s = socket(in.readInt());
                SocketAddress to = readAddress(in);
                int count = in.readInt();
                reply.writeInt(SocketOps.sendNumbered(s, to, count, in.readInt()));
                break;
            }
            case Protocol.SOCK_RECEIVE_NUMBERED: {
                List<Long> seqs = SocketOps.receiveNumbered(socket(in.readInt()));
                reply.writeInt(seqs.size());
                for (Long seq : seqs) {
                    reply.writeLong(seq);
                }
                break;
            }
            case Protocol.SOCK_PRIVILEGED:
                reply.writeBoolean(SocketOps.privileged());
                break;
            case Protocol.SOCK_PORT_START:
                reply.writeInt(SocketOps.unprivilegedPortStart());
                break;
            default:
                throw new IOException("unknown socket request " + op + " on the control channel");
        }
    }

    private JdkSocket socket(int slot) throws NotHeldException {
        return slots.get(slot, JdkSocket.class, "a socket");
    }

    static ProtocolFamily family(byte wire) throws IOException {
        switch (wire) {
            case Protocol.FAMILY_INET:
                return StandardProtocolFamily.INET;
            case Protocol.FAMILY_UNIX:
                return StandardProtocolFamily.UNIX;
            case Protocol.FAMILY_INET6:
                return StandardProtocolFamily.INET6;
            case Protocol.FAMILY_UNASSIGNED:
                return UnassignedFamily.INSTANCE;
            default:
                throw new IOException("unknown address family " + wire + " on the control channel");
        }
    }

    private static SocketOption<Integer> intOption(byte option) throws IOException {
        switch (option) {
            case Protocol.OPTION_RCVBUF:
                return StandardSocketOptions.SO_RCVBUF;
            case Protocol.OPTION_SNDBUF:
                return StandardSocketOptions.SO_SNDBUF;
            default:
                throw new IOException("unknown socket option " + option + " on the control channel");
        }
    }

    /** Numeric hosts only: InetAddress.getByName does no lookup for a literal address. */
    static SocketAddress readAddress(DataInputStream in) throws IOException {
        byte family = in.readByte();
        String text = in.readUTF();
        int port = in.readInt();
        if (family == Protocol.FAMILY_UNIX) {
            return UnixDomainSocketAddress.of(text);
        }
        return new InetSocketAddress(InetAddress.getByName(text), port);
    }

    static void writeAddress(DataOutputStream out, SocketAddress address) throws IOException {
        if (address instanceof UnixDomainSocketAddress u) {
            out.writeByte(Protocol.FAMILY_UNIX);
            out.writeUTF(u.getPath().toString());
            out.writeInt(-1);
            return;
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        out.writeByte(inet.getAddress() instanceof java.net.Inet6Address ? Protocol.FAMILY_INET6 : Protocol.FAMILY_INET);
        out.writeUTF(inet.getAddress().getHostAddress());
        out.writeInt(inet.getPort());
    }
}
