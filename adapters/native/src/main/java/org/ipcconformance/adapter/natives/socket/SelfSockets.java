package org.ipcconformance.adapter.natives.socket;

import static org.ipcconformance.adapter.natives.socket.SocketNumbers.*;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.adapter.natives.core.SandboxScope;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.adapter.natives.self.SelfProc;
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
 * Socket calls of the harness JVM, each one libc call through JNA. Descriptors are kept in self's
 * table like pipe ends, so a child can inherit them and the sandbox's close closes them. Calls may
 * run on several threads at once (a send while the spec receives), so nothing here is serialised.
 */
public final class SelfSockets implements SocketCalls {
    private static final int PATTERN_BUFFER = 256 * 1024;

    private final SelfProc self;
    private final SandboxScope scope;

    public SelfSockets(SelfProc self, SandboxScope scope) {
        this.self = self;
        this.scope = scope;
    }

    @Override
    public Handle socket(Domain domain, SocketType type, int protocol) {
        String what = self.describe("socket", domain + ", " + type + ", " + protocol);
        int fd = SocketLibc.socket(family(domain), SocketNumbers.type(type) | SOCK_CLOEXEC, protocol);
        if (fd < 0) {
            throw Errno.lastFailure(what);
        }
        Handle handle = scope.ids().handle(domain + " " + type + " socket (made by self)");
        if (!self.keep(handle, fd)) {
            throw self.closed("socket");
        }
        return handle;
    }

    @Override
    public SocketPair socketPair(Domain domain, SocketType type, int protocol) {
        String what = self.describe("socketpair", domain + ", " + type + ", " + protocol);
        int[] fds = new int[2];
        if (Libc.socketpair(family(domain), SocketNumbers.type(type) | SOCK_CLOEXEC, protocol, fds) < 0) {
            throw Errno.lastFailure(what);
        }
        Handle first = scope.ids().handle(domain + " " + type + " socketpair first (made by self)");
        Handle second = scope.ids().handle(domain + " " + type + " socketpair second (made by self)");
        if (!self.keep(first, fds[0]) | !self.keep(second, fds[1])) {
            throw self.closed("socketpair");
        }
        return new SocketPair(first, second);
    }

    @Override
    public SocketAddress bind(Handle socket, SocketAddress address) {
        String what = self.describe("bind", self.describe(socket) + ", " + address);
        int fd = self.fd(socket);
        byte[] raw = SockAddr.encode(address, what);
        try (Memory addr = copy(raw)) {
            if (SocketLibc.bind(fd, addr, raw.length) < 0) {
                throw Errno.lastFailure(what);
            }
        }
        // bind makes the node with 0777 less the umask; the house keeps its files private (0600).
        if (address.domain() == Domain.UNIX && Libc.chmod(address.path().toString(), 0600) < 0) {
            throw Errno.lastFailure(what + ", then chmod 0600");
        }
        return localAddress(fd, what);
    }

    private static SocketAddress localAddress(int fd, String what) {
        try (Memory addr = new Memory(SockAddr.STORAGE); Memory len = new Memory(4)) {
            addr.clear();
            len.setInt(0, SockAddr.STORAGE);
            if (SocketLibc.getsockname(fd, addr, len) < 0) {
                throw Errno.lastFailure(what + ", then getsockname");
            }
            int n = Math.min(len.getInt(0), SockAddr.STORAGE);
            return SockAddr.decode(addr.getByteArray(0, n), n);
        }
    }

    @Override
    public void listen(Handle socket, int backlog) {
        if (SocketLibc.listen(self.fd(socket), backlog) < 0) {
            throw Errno.lastFailure(self.describe("listen", self.describe(socket) + ", " + backlog));
        }
    }

    @Override
    public Handle accept(Handle socket) {
        String what = self.describe("accept", self.describe(socket));
        int fd = self.fd(socket);
        int conn = self.inFlight(what, () -> SocketLibc.accept4(fd, null, null, SOCK_CLOEXEC));
        if (conn < 0) {
            throw Errno.lastFailure(what);
        }
        Handle handle = scope.ids().handle("connection accepted on " + socket + " (by self)");
        if (!self.keep(handle, conn)) {
            throw self.closed("accept");
        }
        return handle;
    }

    @Override
    public void connect(Handle socket, SocketAddress address) {
        String what = self.describe("connect", self.describe(socket) + ", " + address);
        int fd = self.fd(socket);
        byte[] raw = SockAddr.encode(address, what);
        try (Memory addr = copy(raw)) {
            if (self.inFlight(what, () -> SocketLibc.connect(fd, addr, raw.length)) < 0) {
                throw Errno.lastFailure(what);
            }
        }
    }

    @Override
    public int send(Handle socket, byte[] data) {
        String what = self.describe("send", self.describe(socket) + ", " + data.length + " bytes");
        int fd = self.fd(socket);
        try (Memory buf = copy(data)) {
            long n = self.inFlight(what, () -> SocketLibc.send(fd, buf, data.length, MSG_NOSIGNAL));
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return (int) n;
        }
    }

    @Override
    public int sendTo(Handle socket, byte[] data, SocketAddress to) {
        String what = self.describe("sendto", self.describe(socket) + ", " + data.length + " bytes, " + to);
        int fd = self.fd(socket);
        byte[] raw = SockAddr.encode(to, what);
        try (Memory buf = copy(data); Memory addr = copy(raw)) {
            long n = self.inFlight(what, () -> SocketLibc.sendto(fd, buf, data.length, MSG_NOSIGNAL, addr, raw.length));
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return (int) n;
        }
    }

    @Override
    public byte[] receive(Handle socket, int max) {
        String what = self.describe("recv", self.describe(socket) + ", " + max + " bytes");
        int fd = self.fd(socket);
        try (Memory buf = new Memory(Math.max(1, max))) {
            long n = self.inFlight(what, () -> SocketLibc.recv(fd, buf, max, 0));
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            return buf.getByteArray(0, (int) n);
        }
    }

    @Override
    public Datagram receiveFrom(Handle socket, int max) {
        String what = self.describe("recvfrom", self.describe(socket) + ", " + max + " bytes, MSG_TRUNC");
        int fd = self.fd(socket);
        try (Memory buf = new Memory(Math.max(1, max)); Memory from = new Memory(SockAddr.STORAGE); Memory len = new Memory(4)) {
            from.clear();
            len.setInt(0, SockAddr.STORAGE);
            // MSG_TRUNC makes a datagram socket return the message's real length.
            long n = self.inFlight(what, () -> SocketLibc.recvfrom(fd, buf, max, MSG_TRUNC, from, len));
            if (n < 0) {
                throw Errno.lastFailure(what);
            }
            int fromLength = Math.min(len.getInt(0), SockAddr.STORAGE);
            SocketAddress sender = SockAddr.decode(from.getByteArray(0, fromLength), fromLength);
            return new Datagram(buf.getByteArray(0, (int) Math.min(n, max)), sender, n > max);
        }
    }

    @Override
    public void setOption(Handle socket, SocketOption option, int value) {
        Option o = SocketNumbers.option(option);
        try (Memory v = new Memory(4)) {
            v.setInt(0, value);
            if (SocketLibc.setsockopt(self.fd(socket), o.level(), o.name(), v, 4) < 0) {
                throw Errno.lastFailure(self.describe("setsockopt", self.describe(socket) + ", " + option + ", " + value));
            }
        }
    }

    @Override
    public int getOption(Handle socket, SocketOption option) {
        Option o = SocketNumbers.option(option);
        try (Memory v = new Memory(4); Memory len = new Memory(4)) {
            v.setInt(0, 0);
            len.setInt(0, 4);
            if (SocketLibc.getsockopt(self.fd(socket), o.level(), o.name(), v, len) < 0) {
                throw Errno.lastFailure(self.describe("getsockopt", self.describe(socket) + ", " + option));
            }
            return v.getInt(0);
        }
    }

    @Override
    public void shutdownOutput(Handle socket) {
        if (SocketLibc.shutdown(self.fd(socket), SHUT_WR) < 0) {
            throw Errno.lastFailure(self.describe("shutdown", self.describe(socket) + ", SHUT_WR"));
        }
    }

    /** Self's descriptor table holds sockets and pipe ends alike: its close(2) is the one. */
    @Override
    public void close(Handle socket) {
        self.close(socket);
    }

    @Override
    public long sendPattern(Handle socket, long total, int seed, int chunk) {
        String what = self.describe("send", self.describe(socket) + ", " + total + " bytes of pattern " + seed);
        int fd = self.fd(socket);
        return self.inFlight(what, () -> {
            try (Memory buf = new Memory(Math.max(1, chunk))) {
                long offset = 0;
                long calls = 0;
                while (offset < total) {
                    int n = (int) Math.min(chunk, total - offset);
                    buf.write(0, Pattern.bytes(offset, n, seed), 0, n);
                    long sent = SocketLibc.send(fd, buf, n, MSG_NOSIGNAL);
                    calls++;
                    if (sent < 0) {
                        throw Errno.lastFailure(what + " at offset " + offset);
                    }
                    offset += sent;
                }
                return calls;
            }
        });
    }

    @Override
    public PatternCheck receivePattern(Handle socket, long total, int seed) {
        String what = self.describe("recv", self.describe(socket) + ", " + total + " bytes of pattern " + seed);
        int fd = self.fd(socket);
        return self.inFlight(what, () -> {
            try (Memory buf = new Memory(PATTERN_BUFFER)) {
                long got = 0;
                long reads = 0;
                long mismatch = -1;
                while (got < total) {
                    long n = SocketLibc.recv(fd, buf, Math.min(PATTERN_BUFFER, total - got), 0);
                    if (n < 0) {
                        throw Errno.lastFailure(what + " at offset " + got);
                    }
                    reads++;
                    if (n == 0) {
                        break;
                    }
                    if (mismatch < 0) {
                        int at = Pattern.firstMismatch(buf.getByteArray(0, (int) n), (int) n, got, seed);
                        mismatch = at < 0 ? -1 : got + at;
                    }
                    got += n;
                }
                return new PatternCheck(got, mismatch, reads);
            }
        });
    }

    @Override
    public int sendNumbered(Handle socket, SocketAddress to, int count, int size) {
        String what = self.describe("sendto", self.describe(socket) + ", " + count + " numbered datagrams to " + to);
        int fd = self.fd(socket);
        byte[] raw = SockAddr.encode(to, what);
        try (Memory buf = new Memory(Math.max(8, size)); Memory addr = copy(raw)) {
            buf.clear();
            int sent = 0;
            for (int i = 0; i < count; i++) {
                buf.setLong(0, bigEndian(i));
                if (SocketLibc.sendto(fd, buf, size, MSG_NOSIGNAL, addr, raw.length) >= 0) {
                    sent++;
                } else {
                    int errno = Native.getLastError();
                    if (errno != 105 && errno != 11 && errno != 4) { // ENOBUFS, EAGAIN, EINTR: not sent
                        throw Errno.failure(what + " #" + i, errno);
                    }
                }
            }
            return sent;
        }
    }

    /** The 8 bytes of {@code n} in network order, as a long in the machine's order. */
    private static long bigEndian(long n) {
        return java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? n : Long.reverseBytes(n);
    }

    @Override
    public List<Long> receiveNumbered(Handle socket) {
        String what = self.describe("recv", self.describe(socket) + ", MSG_DONTWAIT until empty");
        int fd = self.fd(socket);
        List<Long> numbers = new ArrayList<>();
        try (Memory buf = new Memory(65536)) {
            while (true) {
                long n = SocketLibc.recv(fd, buf, 65536, MSG_DONTWAIT);
                if (n < 0) {
                    int errno = Native.getLastError();
                    if (errno == 11) { // EAGAIN: nothing more is queued
                        return numbers;
                    }
                    if (errno != 4) {
                        throw Errno.failure(what, errno);
                    }
                } else if (n >= 8) {
                    numbers.add(bigEndian(buf.getLong(0)));
                }
            }
        }
    }

    @Override
    public boolean privileged() {
        return Privileges.harnessPrivileged();
    }

    @Override
    public int unprivilegedPortStart() {
        return Privileges.unprivilegedPortStart();
    }

    private static Memory copy(byte[] data) {
        Memory m = new Memory(Math.max(1, data.length));
        m.write(0, data, 0, data.length);
        return m;
    }
}
