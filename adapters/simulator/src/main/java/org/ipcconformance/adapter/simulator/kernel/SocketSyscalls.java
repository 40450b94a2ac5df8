package org.ipcconformance.adapter.simulator.kernel;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.kernel.socket.ModelSocket;
import org.ipcconformance.adapter.simulator.kernel.socket.Network;
import org.ipcconformance.adapter.simulator.kernel.socket.SocketErrno;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Pattern;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.SocketPair;
import org.ipcconformance.spec.spi.socket.SocketType;

/**
 * The socket system calls of the model: descriptors, blocking and the file system here, the
 * network's state and rules in {@link Network}. Each call runs under the kernel's lock; a call
 * that must wait sleeps in the kernel (its process shows BLOCKED) and re-checks.
 */
public final class SocketSyscalls {
    private static final int PATTERN_CHUNK = 64 * 1024;

    private final Kernel k;
    private final Network network;

    SocketSyscalls(Kernel kernel) {
        this.k = kernel;
        this.network = new Network(kernel.faults());
    }

    Network network() {
        return network;
    }

    /** The calls as process {@code p} makes them. */
    public SocketCalls of(ModelProcess p) {
        return new Calls(p);
    }

    private final class Calls implements SocketCalls {
        private final ModelProcess p;

        Calls(ModelProcess p) {
            this.p = p;
        }

        private String op(String call, Object... args) {
            StringBuilder s = new StringBuilder(p.name()).append(": ").append(call).append('(');
            for (int i = 0; i < args.length; i++) {
                s.append(i == 0 ? "" : ", ").append(args[i]);
            }
            return s.append(')').toString();
        }

        private ModelSocket socketOf(Handle h, String op) {
            int fd = p.fds.fdOf(h);
            if (fd < 0) {
                throw SocketErrno.EBADF.exception(op + " (" + p.name() + " holds no descriptor for " + h + ")");
            }
            OpenFile f = p.fds.get(fd);
            if (f.socket == null) {
                throw SocketErrno.ENOTSOCK.exception(op + " (" + h + " is not a socket)");
            }
            return f.socket;
        }

        @Override
        public Handle socket(Domain domain, SocketType type, int protocol) {
            String op = op("socket", domain, type, protocol);
            return k.syscall(p, op, () -> {
                ModelSocket s = network.open(domain, type, protocol, !p.unprivileged, p.name(), op);
                OpenFile f = new OpenFile(k.newHandle(s.label), s);
                p.fds.install(f);
                return f.handle;
            });
        }

        @Override
        public SocketPair socketPair(Domain domain, SocketType type, int protocol) {
            String op = op("socketpair", domain, type, protocol);
            return k.syscall(p, op, () -> {
                ModelSocket[] pair = network.pair(domain, type, protocol, !p.unprivileged, p.name(), op);
                OpenFile first = new OpenFile(k.newHandle(pair[0].label), pair[0]);
                OpenFile second = new OpenFile(k.newHandle(pair[1].label), pair[1]);
                p.fds.install(first);
                p.fds.install(second);
                return new SocketPair(first.handle, second.handle);
            });
        }

        @Override
        public SocketAddress bind(Handle socket, SocketAddress address) {
            String op = op("bind", socket, address);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (s.local() != null) {
                    throw SocketErrno.EINVAL.exception(op + " (" + s + " is bound already to " + s.local() + ")");
                }
                if (address.domain() != s.domain) {
                    throw SocketErrno.EINVAL.exception(op + " (a " + address.domain() + " address for a " + s.domain + " socket)");
                }
                if (s.domain == Domain.INET) {
                    return network.bindInet(s, address, !p.unprivileged, op);
                }
                String name = entry(address.path(), op, false);
                if (!k.faults().has(Fault.UNIX_BIND_WITHOUT_NODE)) {
                    k.fileSystem().createSocketNode(name);
                }
                network.bindUnix(s, name, address);
                return address;
            });
        }

        /** The sandbox directory's entry a path names; for bind it must be free, for connect it must exist. */
        private String entry(Path path, String op, boolean mustExist) {
            SandboxFileSystem.Resolved r = k.fileSystem().resolve(path, op);
            if (r.place() != SandboxFileSystem.Place.ENTRY) {
                throw (r.place() == SandboxFileSystem.Place.DIRECTORY ? SocketErrno.EADDRINUSE : SocketErrno.ENOENT).exception(op);
            }
            boolean exists = k.fileSystem().lookup(r.name()) != null;
            if (!mustExist && exists) {
                throw SocketErrno.EADDRINUSE.exception(op + " (" + path + " exists)");
            }
            if (mustExist && !exists) {
                throw SocketErrno.ENOENT.exception(op + " (no file " + path + ")");
            }
            return r.name();
        }

        @Override
        public void listen(Handle socket, int backlog) {
            String op = op("listen", socket, backlog);
            k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (s.type != SocketType.STREAM) {
                    throw SocketErrno.EOPNOTSUPP.exception(op + " (only a stream socket listens)");
                }
                if (s.domain == Domain.INET && s.local() == null) {
                    network.bindInet(s, SocketAddress.loopback(0), true, op);
                }
                s.listen();
                return null;
            });
        }

        @Override
        public Handle accept(Handle socket) {
            String op = op("accept", socket);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (!s.isListening()) {
                    throw SocketErrno.EINVAL.exception(op + " (" + s + " is not listening)");
                }
                while (!s.hasPending()) {
                    k.sleep(p, op, "accept on " + s);
                }
                ModelSocket conn = s.acceptOne();
                OpenFile f = new OpenFile(k.newHandle(conn.label + " (accepted by " + p.name() + ")"), conn);
                p.fds.install(f);
                k.wakeAll();
                return f.handle;
            });
        }

        @Override
        public void connect(Handle socket, SocketAddress address) {
            String op = op("connect", socket, address);
            k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (address.domain() != s.domain) {
                    throw SocketErrno.EAFNOSUPPORT.exception(op);
                }
                if (s.type != SocketType.STREAM) {
                    throw SocketErrno.EOPNOTSUPP.exception(op + " (the model connects streams only)");
                }
                ModelSocket listener;
                if (s.domain == Domain.INET) {
                    listener = network.tcpListener(address.port());
                    if (listener == null) {
                        throw SocketErrno.ECONNREFUSED.exception(op + " (nothing listens on " + address + ")");
                    }
                } else {
                    String name = entry(address.path(), op, true);
                    listener = network.boundTo(name);
                    if (listener == null) {
                        throw SocketErrno.ECONNREFUSED.exception(op + " (no socket is bound to " + address.path() + ")");
                    }
                }
                network.connect(s, listener, op);
                k.wakeAll();
                return null;
            });
        }

        @Override
        public int send(Handle socket, byte[] data) {
            String op = op("send", socket, data.length + " bytes");
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                return s.type == SocketType.DATAGRAM && s.isConnected() ? pairSend(s, data, op) : streamSend(s, data, op);
            });
        }

        /** send(2) on a connected AF_UNIX datagram socket (a socketpair's end): one datagram to the peer. */
        private int pairSend(ModelSocket s, byte[] data, String op) {
            if (s.peerGone()) {
                throw SocketErrno.ECONNREFUSED.exception(op + " (the peer is closed)");
            }
            int limit = network.datagramLimit(s);
            if (limit >= 0 && data.length > limit) {
                throw SocketErrno.EMSGSIZE.exception(op + " (" + data.length + " bytes; at most " + limit + ")");
            }
            network.sendUnix(s, s.peer(), data, op);
            k.wakeAll();
            return data.length;
        }

        /** Sends all of {@code data}, waiting for room as a blocking stream send does. */
        private int streamSend(ModelSocket s, byte[] data, String op) {
            if (!s.isConnected()) {
                throw SocketErrno.ENOTCONN.exception(op + " (" + s + " is not connected)");
            }
            int sent = 0;
            while (sent < data.length) {
                if (s.peerGone()) {
                    if (sent > 0) {
                        return sent;
                    }
                    throw SocketErrno.EPIPE.exception(op + " (the peer closed the connection)");
                }
                int n = Math.min(s.roomTowardsPeer(), data.length - sent);
                if (n == 0) {
                    k.sleep(p, op, "send on " + s + " (the peer's buffer is full)");
                    continue;
                }
                byte[] piece = n == data.length ? data : java.util.Arrays.copyOfRange(data, sent, sent + n);
                network.streamSend(s, piece);
                sent += n;
                k.wakeAll();
            }
            return sent;
        }

        @Override
        public int sendTo(Handle socket, byte[] data, SocketAddress to) {
            String op = op("sendto", socket, data.length + " bytes", to);
            return k.syscall(p, op, () -> datagramSend(socketOf(socket, op), data, to, op));
        }

        private int datagramSend(ModelSocket s, byte[] data, SocketAddress to, String op) {
            if (s.type == SocketType.RAW) {
                network.sendRaw(s, data, op);
                k.wakeAll();
                return data.length;
            }
            if (s.type != SocketType.DATAGRAM) {
                throw SocketErrno.EISCONN.exception(op + " (a stream sends to its peer only)");
            }
            int limit = network.datagramLimit(s);
            if (limit >= 0 && data.length > limit) {
                throw SocketErrno.EMSGSIZE.exception(op + " (" + data.length + " bytes; at most " + limit + ")");
            }
            if (s.domain == Domain.INET) {
                network.sendUdp(s, data, to.port(), op);
            } else {
                String name = entry(to.path(), op, true);
                ModelSocket receiver = network.boundTo(name);
                if (receiver == null) {
                    throw SocketErrno.ECONNREFUSED.exception(op + " (no socket is bound to " + to.path() + ")");
                }
                network.sendUnix(s, receiver, data, op);
            }
            k.wakeAll();
            return data.length;
        }

        @Override
        public byte[] receive(Handle socket, int max) {
            String op = op("recv", socket, max);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (s.type != SocketType.STREAM) {
                    return nextPacket(s, max, op).data();
                }
                return streamReceive(s, max, op);
            });
        }

        private byte[] streamReceive(ModelSocket s, int max, String op) {
            if (!s.isConnected()) {
                throw SocketErrno.ENOTCONN.exception(op + " (" + s + " is not connected)");
            }
            while (!s.hasData()) {
                if (s.atEnd()) {
                    return new byte[0];
                }
                k.sleep(p, op, "recv on " + s);
            }
            byte[] out = network.streamReceive(s, max);
            k.wakeAll();
            return out;
        }

        @Override
        public Datagram receiveFrom(Handle socket, int max) {
            String op = op("recvfrom", socket, max);
            return k.syscall(p, op, () -> nextPacket(socketOf(socket, op), max, op));
        }

        private Datagram nextPacket(ModelSocket s, int max, String op) {
            if (s.type == SocketType.STREAM) {
                return new Datagram(streamReceive(s, max, op), null, false);
            }
            while (!s.hasPacket()) {
                k.sleep(p, op, "recvfrom on " + s);
            }
            ModelSocket.Packet packet = network.receivePacket(s);
            byte[] data = packet.data();
            boolean cut = data.length > max;
            return new Datagram(cut ? java.util.Arrays.copyOf(data, max) : data, packet.from(), cut);
        }

        @Override
        public void setOption(Handle socket, SocketOption option, int value) {
            String op = op("setsockopt", socket, option, value);
            k.syscall(p, op, () -> {
                socketOf(socket, op).set(option, value, op);
                return null;
            });
        }

        @Override
        public int getOption(Handle socket, SocketOption option) {
            String op = op("getsockopt", socket, option);
            return k.syscall(p, op, () -> socketOf(socket, op).get(option, op));
        }

        @Override
        public void shutdownOutput(Handle socket) {
            String op = op("shutdown", socket, "SHUT_WR");
            k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                if (!s.isConnected()) {
                    throw SocketErrno.ENOTCONN.exception(op);
                }
                network.shutdownOutput(s);
                k.wakeAll();
                return null;
            });
        }

        /** The kernel's one close(2): it ends the socket with its last descriptor in any process. */
        @Override
        public void close(Handle socket) {
            k.pipes().close(p, socket);
        }

        @Override
        public long sendPattern(Handle socket, long total, int seed, int chunk) {
            String op = op("send", socket, total + " bytes of pattern " + seed);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                long calls = 0;
                for (long offset = 0; offset < total; calls++) {
                    int n = (int) Math.min(chunk, total - offset);
                    offset += streamSend(s, Pattern.bytes(offset, n, seed), op);
                }
                return calls;
            });
        }

        @Override
        public PatternCheck receivePattern(Handle socket, long total, int seed) {
            String op = op("recv", socket, total + " bytes of pattern " + seed);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                long got = 0;
                long reads = 0;
                long mismatch = -1;
                while (got < total) {
                    byte[] piece = streamReceive(s, (int) Math.min(PATTERN_CHUNK * 4L, total - got), op);
                    reads++;
                    if (piece.length == 0) {
                        break;
                    }
                    if (mismatch < 0) {
                        int at = Pattern.firstMismatch(piece, piece.length, got, seed);
                        mismatch = at < 0 ? -1 : got + at;
                    }
                    got += piece.length;
                }
                return new PatternCheck(got, mismatch, reads);
            });
        }

        @Override
        public int sendNumbered(Handle socket, SocketAddress to, int count, int size) {
            String op = op("sendto", socket, count + " numbered datagrams of " + size + " bytes", to);
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                for (int i = 0; i < count; i++) {
                    datagramSend(s, ByteBuffer.allocate(Math.max(8, size)).putLong(i).array(), to, op);
                }
                return count;
            });
        }

        @Override
        public List<Long> receiveNumbered(Handle socket) {
            String op = op("recv", socket, "until nothing is queued");
            return k.syscall(p, op, () -> {
                ModelSocket s = socketOf(socket, op);
                List<Long> numbers = new ArrayList<>();
                while (s.hasPacket()) {
                    byte[] d = network.receivePacket(s).data();
                    if (d.length >= 8) {
                        numbers.add(ByteBuffer.wrap(d).getLong());
                    }
                }
                return numbers;
            });
        }

        @Override
        public boolean privileged() {
            return k.locked(() -> !p.unprivileged);
        }

        @Override
        public int unprivilegedPortStart() {
            return Network.UNPRIVILEGED_PORT_START;
        }
    }
}
